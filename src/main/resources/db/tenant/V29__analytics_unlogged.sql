-- The analytics tables can be rebuilt from the owning modules at any time, so they skip the write-ahead log: a full
-- rebuild writes millions of rows. After a crash PostgreSQL empties unlogged tables; the missing state row then
-- makes the next refresh a full rebuild (analytics.AggregateStore.state). The daily snapshots of the portfolio and
-- pipeline are history that cannot be rebuilt: they stay logged.
alter table analytics_customer_day set unlogged;
alter table analytics_spell set unlogged;
alter table analytics_day set unlogged;
alter table analytics_cohort set unlogged;
alter table analytics_lead set unlogged;
alter table analytics_dirty set unlogged;
alter table analytics_state set unlogged;
