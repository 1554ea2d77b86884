-- Predictive CLV and churn risk (analytics): the BG/NBD and Gamma-Gamma fits of the workspace, refitted nightly,
-- and each customer's prediction from the latest fit.

create table prediction_fit (
    id                      bigint generated always as identity primary key,
    fitted_at               timestamptz      not null,
    -- Purchases up to this day (in the workspace's zone) were read; T is measured to it.
    calibration_end         date             not null,
    -- Customers with purchases, and how many of them the BG/NBD was fitted on (a sample in large workspaces).
    customers               integer          not null,
    fit_customers           integer          not null,
    r                       double precision not null,
    alpha                   double precision not null,
    a                       double precision not null,
    b                       double precision not null,
    log_likelihood          double precision not null,
    -- Gamma-Gamma on the repeat buyers' mean repeat value; null without repeat buyers.
    repeat_buyers           integer          not null,
    p                       double precision,
    q                       double precision,
    gamma                   double precision,
    monthly_discount_rate   numeric(6, 4)    not null
);
create index prediction_fit_latest_idx on prediction_fit (fitted_at desc);

create table customer_prediction (
    customer_id             bigint           primary key references customer (id) on delete cascade,
    -- The customer's owner and tier when scored, so that the churn list filters and pages in one query.
    owner_id                uuid,
    tier                    varchar(10)      not null,
    p_alive                 double precision not null,
    expected_purchases_12m  double precision not null,
    expected_spend          numeric(14, 2),
    clv_12m                 numeric(14, 2),
    churn_score             smallint         not null check (churn_score between 0 and 100),
    churn_level             varchar(6)       not null check (churn_level in ('LOW', 'MEDIUM', 'HIGH')),
    -- Reasons as codes and numbers, translated when shown: CODE:n,n;CODE:n (ChurnReasons).
    churn_reasons           varchar(200)     not null,
    computed_at             timestamptz      not null
);
create index customer_prediction_score_idx on customer_prediction (churn_score desc, customer_id);
create index customer_prediction_owner_idx on customer_prediction (owner_id, churn_score desc, customer_id);
