-- Every password and OpenID Connect sign-in attempt, successful or not. A workspace's admin sees those of the
-- workspace's members only; attempts for e-mails that no account has are kept for operators, never shown.
create table sign_in_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    -- Lower-cased as typed (cut to the column's length): the account's, or an unknown one.
    email       varchar(254) not null,
    user_id     uuid references user_account (id) on delete set null,
    -- The workspace the sign-in entered, when it went straight into one.
    tenant_id   uuid references tenant (id) on delete cascade,
    method      varchar(10)  not null check (method in ('PASSWORD', 'OIDC')),
    outcome     varchar(20)  not null check (outcome in ('SUCCESS', 'BAD_CREDENTIALS', 'LOCKED', 'DISABLED',
                                                         'NO_ACCOUNT', 'FAILED')),
    remote_addr varchar(64)
);
create index sign_in_event_email_idx on sign_in_event (email, occurred_at desc);
create index sign_in_event_time_idx on sign_in_event (occurred_at desc, id desc);
