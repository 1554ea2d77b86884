-- The churn risk analytics publishes moves to a narrow table of its own: the nightly refit rewrites it for every
-- customer who bought, which on the wide customer table rewrote each row and every one of its indexes (at a million
-- customers, longer than the refit may take). The customer entity reads it as a secondary table.
create table customer_churn_risk (
    customer_id bigint     primary key references customer (id) on delete cascade,
    score       smallint   not null check (score between 0 and 100),
    level       varchar(6) not null check (level in ('HIGH', 'MEDIUM', 'LOW')),
    -- Why, as codes and numbers ("CODE:n,n;CODE:n"), translated when shown.
    reasons     varchar(200)
);
create index customer_churn_risk_level_idx on customer_churn_risk (level);

insert into customer_churn_risk (customer_id, score, level, reasons)
select id, churn_risk_score, churn_risk_level, churn_risk_reasons from customer
where churn_risk_score is not null and churn_risk_level is not null;

drop index customer_churn_risk_idx;
alter table customer drop column churn_risk_score, drop column churn_risk_level, drop column churn_risk_reasons;
