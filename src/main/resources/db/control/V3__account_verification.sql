-- The account model of issue 10: verified e-mail addresses, identities of OpenID Connect providers linked to
-- accounts by (issuer, subject), and the one-time links that verify an address or confirm such a link.

-- When the owner of the address proved they hold both the account and the mailbox; null until then.
alter table user_account add column email_verified_at timestamptz;
-- Accounts made before this migration were created by sign-up or by workspace admins under the old model,
-- which had no verification: they count as verified from their creation, so that nobody already working is
-- locked out of invitations or provider sign-in. Their memberships stay as they are.
update user_account set email_verified_at = created_at;

create table identity_link (
    issuer    varchar(500) not null,
    subject   varchar(255) not null,
    user_id   uuid         not null references user_account (id) on delete cascade,
    linked_at timestamptz  not null default now(),
    primary key (issuer, subject)
);
create index identity_link_user_idx on identity_link (user_id);

-- A secret link mailed to an account's address. Only the link's hash is kept.
create table account_token (
    id         uuid primary key,
    user_id    uuid         not null references user_account (id) on delete cascade,
    purpose    varchar(20)  not null check (purpose in ('VERIFY_EMAIL', 'LINK_IDENTITY')),
    token_hash varchar(64)  not null unique,
    -- The provider identity to link, for LINK_IDENTITY.
    issuer     varchar(500),
    subject    varchar(255),
    created_at timestamptz  not null default now(),
    expires_at timestamptz  not null,
    used_at    timestamptz,
    check ((purpose = 'LINK_IDENTITY') = (issuer is not null and subject is not null))
);
create index account_token_user_idx on account_token (user_id);
