-- Failed sign-ins, kept in the database so that every replica and a restart see the same counts.
-- scope PAIR: one account (hash of the normalised e-mail) from one client address; the person's own
--             address keeps its row with last_success_at set, which exempts it from the looser budgets;
-- scope CLIENT: one client address across all accounts (password spraying);
-- scope ACCOUNT: one account across all client addresses (a slow ceiling, never a lock).
create table login_throttle (
    scope           varchar(10)  not null check (scope in ('PAIR', 'CLIENT', 'ACCOUNT')),
    subject         varchar(200) not null,
    failures        integer      not null default 0,
    last_failure_at timestamptz,
    next_allowed_at timestamptz,
    last_success_at timestamptz,
    primary key (scope, subject)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

-- Sign-ups allowed per client address: a token bucket, refilled with time.
create table signup_budget (
    client     varchar(64)      primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
create index signup_budget_updated_idx on signup_budget (updated_at);
