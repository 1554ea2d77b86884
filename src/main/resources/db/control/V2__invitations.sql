-- An admin's invitation to join a workspace, accepted through a secret link. Only the link's hash is kept.
create table invitation (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    email       varchar(254) not null,
    roles       varchar(200) not null,
    token_hash  varchar(64)  not null unique,
    invited_by  uuid references user_account (id) on delete set null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    revoked_at  timestamptz
);
create index invitation_open_idx on invitation (tenant_id) where accepted_at is null and revoked_at is null;
