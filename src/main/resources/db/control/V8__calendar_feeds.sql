-- Each person's private iCalendar feed of their agenda in one workspace (calendar module). The secret address
-- is shown once; only its SHA-256 is kept, so a copy of this table opens no feed. Revoking deletes the row.
create table calendar_feed (
    tenant_id         uuid        not null references tenant (id) on delete cascade,
    user_id           uuid        not null references user_account (id) on delete cascade,
    token_hash        varchar(64) not null unique,
    include_birthdays boolean     not null default false,
    created_at        timestamptz not null,
    primary key (tenant_id, user_id)
);
