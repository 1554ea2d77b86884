-- The analytics refresh asks every few minutes which customers changed since its last run (customer.PortfolioFacts
-- .changedSince): without these it reads the whole customer table and lifecycle history each time.
create index customer_updated_idx on customer (updated_at);
create index customer_deleted_idx on customer (deleted_at) where deleted_at is not null;
create index lifecycle_change_changed_idx on lifecycle_change (changed_at);
