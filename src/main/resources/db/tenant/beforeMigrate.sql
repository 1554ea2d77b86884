-- Flyway callback, run before every migration of a tenant schema (so at every start): builds again the
-- indexes an import suspended and could not rebuild because the application stopped (see V13).
do $$
    begin
        if to_regprocedure('rebuild_suspended_indexes()') is not null then
            perform rebuild_suspended_indexes();
        end if;
    end $$;
