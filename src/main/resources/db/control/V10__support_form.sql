-- The public support form of each workspace (support module, package support.webform).
-- Its address carries a random key rather than the workspace's slug, so that the form does not tell which
-- workspaces exist; a new key replaces the old one (the old address then shows "not available").
create table support_form_address (
    tenant_id  uuid        primary key references tenant (id) on delete cascade,
    public_key varchar(32) not null unique,
    created_at timestamptz not null
);

-- Submissions allowed per client address (across workspaces) and per workspace: token buckets.
create table support_form_budget (
    subject    varchar(100)     primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
create index support_form_budget_updated_idx on support_form_budget (updated_at);
