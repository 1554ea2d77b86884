-- Customer lists: a set of customers handed to the grid by another screen (a dashboard's drill-down), kept on the
-- server so that a list of a million customers costs the browser session nothing. A list expires a day after it
-- was made; the rows of expired lists are removed when the next list is made.
create table customer_list (
    id         uuid primary key,
    label      varchar(200) not null,
    size       bigint       not null,
    created_by uuid,
    expires_at timestamptz  not null
);
create index customer_list_expiry_idx on customer_list (expires_at);

create table customer_list_entry (
    list_id     uuid   not null references customer_list (id) on delete cascade,
    customer_id bigint not null,
    primary key (list_id, customer_id)
);

-- Churn risk as analytics last estimated it (0-100 and its level), published to the customer at each refit so that
-- the grid filters and sorts on its own table. Null: no estimate yet.
alter table customer
    add column churn_risk_score smallint check (churn_risk_score between 0 and 100),
    add column churn_risk_level varchar(6) check (churn_risk_level in ('HIGH', 'MEDIUM', 'LOW'));
create index customer_churn_risk_idx on customer (churn_risk_level) where deleted_at is null;
