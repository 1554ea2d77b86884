-- Profitability aggregates (analytics.Profitability), rebuilt from commerce's purchase lines and product costs at
-- any time, so unlogged like the other analytics tables.
-- Per customer, purchase day and product: revenue of every line, cost of the lines whose cost is known that day,
-- revenue of the lines without a known cost. The customer's owner and value tier as of the last refresh.
create unlogged table analytics_margin_customer (
    customer_id          bigint         not null,
    day                  date           not null,
    product_id           bigint         not null,
    owner_id             uuid,
    tier                 varchar(10)    not null,
    revenue              numeric(16, 2) not null,
    cost                 numeric(16, 2) not null,
    revenue_without_cost numeric(16, 2) not null,
    primary key (customer_id, day, product_id)
);
-- A cost change re-reads the lines of one product from a day on.
create index analytics_margin_customer_product on analytics_margin_customer (product_id, day);
-- Loss-making customers: a customer whose margin over a period is negative has a negative row in it.
create index analytics_margin_customer_negative on analytics_margin_customer (day)
    where revenue - revenue_without_cost - cost < 0;

-- The sums the screens read: per day, tier and owner; and per day and product.
create unlogged table analytics_margin_day (
    day                  date           not null,
    tier                 varchar(10)    not null,
    owner_id             uuid,
    revenue              numeric(16, 2) not null default 0,
    cost                 numeric(16, 2) not null default 0,
    revenue_without_cost numeric(16, 2) not null default 0,
    unique nulls not distinct (day, tier, owner_id)
);

create unlogged table analytics_margin_product (
    day                  date           not null,
    product_id           bigint         not null,
    revenue              numeric(16, 2) not null default 0,
    cost                 numeric(16, 2) not null default 0,
    revenue_without_cost numeric(16, 2) not null default 0,
    primary key (day, product_id)
);

-- Products whose cost changed from a day on, waiting for the next refresh (written in the changing transaction).
create unlogged table analytics_margin_dirty (
    product_id bigint not null,
    from_day   date   not null,
    primary key (product_id, from_day)
);
