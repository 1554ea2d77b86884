-- One workspace (tenant). Nothing here refers to the control schema, so the schema can move as a unit.

-- The people who work in this workspace, mirrored from the control schema's memberships.
create table team_member (
    user_id      uuid primary key,
    display_name varchar(120) not null,
    email        varchar(254) not null,
    active       boolean      not null default true
);

create sequence customer_seq increment by 50;

create table customer (
    id              bigint primary key default nextval('customer_seq'),
    kind            varchar(10)  not null check (kind in ('PERSON', 'COMPANY')),
    name            varchar(200) not null,
    email           varchar(254),
    phone           varchar(40),
    tax_id          varchar(40),
    city            varchar(120),
    region          varchar(120),
    country         varchar(2),
    lifecycle_stage varchar(20)  not null check (lifecycle_stage in ('LEAD', 'PROSPECT', 'ACTIVE', 'INACTIVE', 'LOST')),
    owner_id        uuid references team_member (user_id),
    notes           text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    deleted_at      timestamptz,
    version         bigint       not null default 0
);
alter sequence customer_seq owned by customer.id;

create index customer_name_idx on customer (lower(name), id) where deleted_at is null;
create index customer_owner_idx on customer (owner_id) where deleted_at is null;
create index customer_stage_idx on customer (lifecycle_stage) where deleted_at is null;
create index customer_email_idx on customer (lower(email)) where deleted_at is null;
