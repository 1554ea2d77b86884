-- Customers ranked by historical CLV for the 80/20 view: the top 20 % and their running share are read
-- in this order, so a page of the ranking or the top-20 % sum reads only the rows it needs.
create index customer_revenue_rank_idx on customer (revenue desc, id) where deleted_at is null and revenue > 0;
