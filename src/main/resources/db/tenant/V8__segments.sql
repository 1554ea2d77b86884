-- Customers ranked by historical CLV for the 80/20 view: the top 20 % and their running share are read
-- in this order, so a page of the ranking or the top-20 % sum reads only the rows it needs.
create index customer_revenue_rank_idx on customer (revenue desc, id) where deleted_at is null and revenue > 0;

-- The tier rule on its own, for given thresholds. Without a FROM clause PostgreSQL inlines it, so re-tiering
-- a whole portfolio reads the thresholds once instead of running tier_for's query once per customer.
create function tier_between(revenue numeric, strategic_min numeric, key_min numeric, emerging_min numeric)
    returns varchar
    language sql immutable parallel safe
    as $$
        select case
                   when revenue >= strategic_min then 'STRATEGIC'
                   when revenue >= key_min then 'KEY'
                   when revenue >= emerging_min then 'EMERGING'
                   else 'LOW'
               end
    $$;

-- Same result as before; the rule now lives in tier_between only.
create or replace function tier_for(revenue numeric) returns varchar
    language sql stable parallel safe
    as $$
        select tier_between(revenue, s.tier_strategic_min, s.tier_key_min, s.tier_emerging_min)
        from workspace_settings s
    $$;
