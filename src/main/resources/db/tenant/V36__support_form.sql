-- The public support form's settings (support module, package support.webform): one row, off until an admin
-- turns it on. The categories it offers are those listed in support_form_category (none: no category field).
create table support_form_settings (
    id         smallint primary key default 1 check (id = 1),
    enabled    boolean     not null default false,
    intro      varchar(1000),
    updated_at timestamptz,
    updated_by uuid references team_member (user_id),
    version    bigint      not null default 0
);

create table support_form_category (
    category_id bigint primary key references ticket_category (id) on delete cascade
);
