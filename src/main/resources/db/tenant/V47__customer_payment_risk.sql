-- The customer's payment risk, set by finance (customer.PaymentRiskMarks) from their receivables: null when there
-- is none, WATCH or HIGH with the reasons' codes (customer.PaymentRiskReason), so the grid can show and filter it
-- and the pipeline can warn without reading finance's tables.
alter table customer
    add column payment_risk         varchar(5) check (payment_risk in ('WATCH', 'HIGH')),
    add column payment_risk_reasons varchar(20)[] not null default '{}';
create index customer_payment_risk_idx on customer (payment_risk) where payment_risk is not null and deleted_at is null;
