-- Indexes for the customer grid on large portfolios (a million customers in one workspace).
--
-- The grid fetches one page at a time, ordered by the chosen column and then by id (in the same direction),
-- so a btree on (column, id) lets PostgreSQL read the page straight from the index instead of sorting
-- every match. Only live customers are in these indexes (the grid's default); the bin has its own small one.
-- Text columns use the database's default collation, the one ORDER BY uses, so the order agrees.

create index customer_grid_name_idx on customer (name, id) where deleted_at is null;
create index customer_grid_email_idx on customer (email, id) where deleted_at is null;
create index customer_grid_city_idx on customer (city, id) where deleted_at is null;
create index customer_grid_region_idx on customer (region, id) where deleted_at is null;
create index customer_grid_sector_idx on customer (sector, id) where deleted_at is null;
create index customer_grid_stage_idx on customer (lifecycle_stage, id) where deleted_at is null;
create index customer_grid_tier_idx on customer (tier, id) where deleted_at is null;
create index customer_grid_last_purchase_idx on customer (last_purchase_on, id) where deleted_at is null;
-- "Most recent purchase first" puts customers who never bought last, as the grid asks.
create index customer_grid_last_purchase_desc_idx on customer (last_purchase_on desc nulls last, id desc)
    where deleted_at is null;
create index customer_grid_revenue_idx on customer (revenue, id) where deleted_at is null;
create index customer_grid_purchase_count_idx on customer (purchase_count, id) where deleted_at is null;
create index customer_grid_created_idx on customer (created_at, id) where deleted_at is null;

-- Sorted by owner name, the grid reads one owner after the other, each in id order.
create index customer_grid_owner_idx on customer (owner_id, id) where deleted_at is null;
-- An agent's own portfolio by name, the salesperson's everyday view.
create index customer_grid_owner_name_idx on customer (owner_id, name, id) where deleted_at is null;
-- ... and narrowed to one place, the combination a salesperson uses to plan visits.
create index customer_grid_owner_city_idx on customer (owner_id, lower(city), name, id) where deleted_at is null;

-- The place and sector filters compare case-insensitively; within one place or sector, by name.
create index customer_grid_city_filter_idx on customer (lower(city), name, id) where deleted_at is null;
create index customer_grid_region_filter_idx on customer (lower(region), name, id) where deleted_at is null;
create index customer_grid_sector_filter_idx on customer (lower(sector), name, id) where deleted_at is null;
create index customer_grid_alert_idx on customer (alert_colour) where deleted_at is null;

-- The bin: few rows, found without reading the live ones.
create index customer_bin_idx on customer (deleted_at) where deleted_at is not null;

-- Superseded by the indexes above, which lead with the same column.
drop index customer_owner_idx;
drop index customer_stage_idx;
