-- Outbound mail of the workspace (issue 12): its outbox, written in the transaction of the change that causes
-- a message and sent after commit by the mail worker; and its sender settings.
create table mail_message (
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
create index mail_message_due_idx on mail_message (next_attempt_at) where state in ('QUEUED', 'SENDING');
create index mail_message_created_idx on mail_message (created_at desc, id);

-- One row at most: the workspace's own sender name/address and reply-to; none means Cartera's defaults.
create table mail_settings (
    id           boolean primary key default true check (id),
    from_address varchar(320),
    reply_to     varchar(320),
    version      bigint not null default 0
);
