-- Large imports suspend the upkeep of the customer table's search and sort indexes and rebuild them at the
-- end: building an index once costs far less than maintaining it row by row. The definitions of the indexes
-- dropped are kept here, in the transaction that drops them, until they are built again.
create table suspended_index (
    name         text primary key,
    definition   text        not null,
    suspended_at timestamptz not null default now()
);

-- Builds every suspended index again (skipping one that exists) and forgets it. Called by the import when
-- it ends and, through Flyway's beforeMigrate callback, at every start: an import the application could
-- not finish leaves nothing suspended behind.
create function rebuild_suspended_indexes() returns integer
    language plpgsql
    as $$
    declare
        suspended record;
        rebuilt   integer := 0;
    begin
        for suspended in select name, definition from suspended_index order by name for update loop
            execute regexp_replace(suspended.definition, '^CREATE INDEX ', 'CREATE INDEX IF NOT EXISTS ');
            rebuilt := rebuilt + 1;
        end loop;
        delete from suspended_index;
        return rebuilt;
    end $$;

-- Set while a job builds again the indexes it suspended, after its last row: the wizard shows it.
alter table import_job add column rebuilding_indexes boolean not null default false;

-- Imports now match e-mails and tax ids on the duplicate keys (customer_email_key_idx and
-- customer_tax_id_key_idx), and the grid sorts names on customer_grid_name_idx: these duplicate them.
drop index customer_email_idx;
drop index customer_tax_id_match_idx;
drop index customer_name_idx;
