-- Support desk (support): the workspace's desk settings in one row, and a starting list of ticket categories.

create table support_settings (
    id                 smallint    primary key default 1 check (id = 1),
    -- Days after its resolution during which a ticket may be reopened; then the nightly job closes it.
    reopen_window_days integer     not null default 7 check (reopen_window_days between 0 and 365),
    updated_at         timestamptz,
    updated_by         uuid references team_member (user_id),
    version            bigint      not null default 0
);
insert into support_settings (id) values (1);

insert into ticket_category (name, position)
select name, position
from (values ('Facturación', 1), ('Entrega', 2), ('Producto', 3), ('Cuenta', 4), ('Otro', 5)) as seed (name, position)
where not exists (select 1 from ticket_category);
