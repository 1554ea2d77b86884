-- Analytics aggregates (DESIGN §5): what the dashboards read instead of the raw history. Rows name customers and
-- members by id only; everything here can be rebuilt from the owning modules at any time.

-- Purchases per customer per day, with the customer's owner when last computed: what the daily figures add up,
-- kept so that a customer's old contribution can be taken out when the customer is recomputed.
create table analytics_customer_day (
    customer_id bigint         not null,
    day         date           not null,
    owner_id    uuid,
    revenue     numeric(16, 2) not null,
    orders      integer        not null,
    primary key (customer_id, day)
);
create index analytics_customer_day_day_idx on analytics_customer_day (day) include (customer_id, owner_id, revenue);

-- Stretches of activity: a customer is active from start_on up to, not including, end_on (last purchase of the run
-- plus the activity window, or the day of a move to LOST by hand or of the deletion). 9999-12-31 = no end known.
create table analytics_spell (
    customer_id bigint  not null,
    start_on    date    not null,
    end_on      date    not null check (end_on > start_on),
    -- The customer's first stretch: its start is an acquisition, any later start a reactivation.
    first       boolean not null,
    owner_id    uuid,
    primary key (customer_id, start_on)
);
create index analytics_spell_start_idx on analytics_spell (start_on, end_on) include (customer_id, first, owner_id);
create index analytics_spell_end_idx on analytics_spell (end_on, start_on) include (customer_id, first, owner_id);

-- Daily portfolio figures per owner: revenue and orders of the day's purchases, stretches of activity started
-- (acquired, reactivated) and ended (lost) that day. Active on day d = the sum of acquired + reactivated - lost
-- up to d.
create table analytics_day (
    day         date           not null,
    owner_id    uuid,
    revenue     numeric(16, 2) not null default 0,
    orders      bigint         not null default 0,
    acquired    integer        not null default 0,
    reactivated integer        not null default 0,
    lost        integer        not null default 0,
    unique nulls not distinct (day, owner_id)
);

-- Cohorts: customers whose first purchase was in cohort_month and who bought in cohort_month + month_offset
-- (month_offset 0 = the cohort's size).
create table analytics_cohort (
    cohort_month date    not null,
    month_offset integer not null,
    buyers       bigint  not null,
    primary key (cohort_month, month_offset)
);

-- Customers created as leads (LEAD or PROSPECT), and the day they became customers, for conversion rates.
create table analytics_lead (
    customer_id  bigint primary key,
    created_on   date   not null,
    source       varchar(15),
    owner_id     uuid,
    converted_on date
);
create index analytics_lead_created_idx on analytics_lead (created_on);

-- Portfolio snapshot taken at each refresh: customers by owner, lifecycle stage and value tier.
create table analytics_portfolio_snapshot (
    day             date        not null,
    owner_id        uuid,
    lifecycle_stage varchar(20) not null,
    tier            varchar(10) not null,
    customers       bigint      not null,
    unique nulls not distinct (day, owner_id, lifecycle_stage, tier)
);

-- Open pipeline snapshot taken at each refresh, per owner.
create table analytics_pipeline_snapshot (
    day             date           not null,
    owner_id        uuid,
    open_count      bigint         not null,
    open_amount     numeric(16, 2) not null,
    weighted_amount numeric(16, 2) not null,
    unique nulls not distinct (day, owner_id)
);

-- Customers whose purchases changed since the last refresh (marked in the changing transaction).
create table analytics_dirty (
    customer_id bigint primary key
);

-- What the aggregates were built with; a different zone or window means a full rebuild.
create table analytics_state (
    id                   smallint primary key default 1 check (id = 1),
    time_zone            varchar(64),
    activity_window_days integer,
    -- Customer changes up to here are in the aggregates.
    changes_seen_until   timestamptz,
    refreshed_at         timestamptz
);
insert into analytics_state default values;
