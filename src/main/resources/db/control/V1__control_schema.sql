-- Control schema: who the tenants are, who the users are, and which user works in which tenant.
-- Business data lives in one schema per tenant (db/tenant).

create schema if not exists extensions;
create extension if not exists pg_trgm schema extensions;
create extension if not exists unaccent schema extensions;

-- A schema with no tables: pooled connections point here while no tenant holds them.
create schema if not exists cartera_none;

create table tenant (
    id          uuid primary key,
    slug        varchar(40)  not null unique,
    name        varchar(120) not null,
    schema_name varchar(63)  not null unique,
    status      varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    created_at  timestamptz  not null default now()
);

create table user_account (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(200),
    locale        varchar(10)  not null default 'es',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
-- Stored lower-cased; the index makes that a rule.
create unique index user_account_email_idx on user_account (lower(email));

create table membership (
    id         uuid primary key,
    user_id    uuid not null references user_account (id) on delete cascade,
    tenant_id  uuid not null references tenant (id) on delete cascade,
    active     boolean not null default true,
    created_at timestamptz not null default now(),
    version    bigint not null default 0,
    unique (user_id, tenant_id)
);
create index membership_tenant_idx on membership (tenant_id);

create table membership_role (
    membership_id uuid not null references membership (id) on delete cascade,
    role          varchar(20) not null check (role in ('ADMIN', 'SALES', 'MARKETING', 'SUPPORT', 'FINANCE', 'MANAGEMENT')),
    primary key (membership_id, role)
);

create table signup_audit (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    slug        varchar(40),
    email       varchar(254),
    remote_addr varchar(64),
    outcome     varchar(40) not null,
    detail      varchar(500)
);
