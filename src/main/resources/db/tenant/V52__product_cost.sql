-- What a product costs the workspace from a day on (commerce.ProductCosts). The cost in force on a day is the one
-- with the latest valid_from on or before it; a purchase line of a day with no cost in force has no margin.
create table product_cost (
    product_id bigint         not null references product (id),
    valid_from date           not null,
    unit_cost  numeric(14, 4) not null check (unit_cost >= 0),
    set_by     uuid references team_member (user_id),
    set_at     timestamptz    not null default now(),
    primary key (product_id, valid_from)
);
