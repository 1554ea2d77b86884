-- Outbound mail (issue 12): the outbox of messages to accounts that belong to no workspace (verification,
-- sign-up with an existing address, identity links, password reset), the list of workspaces whose own outbox
-- holds mail to send, password-reset tokens and the budget of reset requests.

-- Same columns as a workspace's mail_message (db/tenant/V23): the worker runs one SQL over both.
create table mail_outbox (
    id              uuid primary key,
    -- The SMTP Message-ID: the same on every attempt, so a receiver can drop a copy sent twice after a crash.
    message_id      varchar(200)  not null unique,
    recipient       varchar(254)  not null,
    template        varchar(60)   not null,
    locale          varchar(10)   not null,
    from_address    varchar(320)  not null,
    reply_to        varchar(320),
    subject         varchar(500)  not null,
    text_body       text          not null,
    html_body       text          not null,
    state           varchar(10)   not null check (state in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    -- A SENDING row whose lease has run out was left by a worker that stopped: it is sent again.
    lease_until     timestamptz,
    -- Why the last attempt failed: a kind the mail view words in the reader's language, and the server's words.
    last_error_kind varchar(20) check (last_error_kind in ('UNREACHABLE', 'AUTHENTICATION', 'REJECTED', 'OTHER')),
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state in ('QUEUED', 'SENDING');
create index mail_outbox_created_idx on mail_outbox (created_at);

-- Workspaces whose outbox may hold mail to send, and from when: the periodic sweep reads this small table
-- instead of asking every workspace schema. No content, only ids; queue_count changes on every enqueue, so a
-- worker that emptied the outbox removes the row only if nothing was queued meanwhile.
create table mail_pending_workspace (
    tenant_id   uuid        primary key references tenant (id) on delete cascade,
    due_at      timestamptz not null,
    queue_count bigint      not null default 1
);
create index mail_pending_workspace_due_idx on mail_pending_workspace (due_at);

-- Password reset links are account tokens of their own purpose.
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('VERIFY_EMAIL', 'LINK_IDENTITY', 'RESET_PASSWORD'));

-- Reset requests allowed per address (hash of the normalised e-mail) and per client address: token buckets.
create table password_reset_budget (
    subject    varchar(200)     primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
create index password_reset_budget_updated_idx on password_reset_budget (updated_at);
