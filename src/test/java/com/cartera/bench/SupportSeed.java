package com.cartera.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills one workspace's support desk with a large, believable ticket history in a few set-based statements
 * (generate_series, INSERT ... SELECT): four teams, eight categories, tickets over three years spread over the
 * customers with Spanish subjects; about 80 % resolved or closed, the open ones mostly recent; priorities LOW 20 %,
 * NORMAL 55 %, HIGH 20 %, URGENT 5 %; twenty agents, NEW tickets unassigned; the service-level clock of every open
 * ticket. Triggers and foreign-key checks are off for the load ({@code session_replication_role}), the ticket
 * indexes are dropped first and built once at the end. The same size always gives the same data ({@code setseed}).
 */
final class SupportSeed {

    /** A word about one ticket in ten thousand has in its subject: the "rare term" of the search cases. */
    static final String RARE_WORD = "Zubizarreta";
    static final String[] TEAMS = {"Soporte Norte", "Soporte Sur", "Soporte Empresas", "Soporte Online"};
    static final String[] CATEGORIES = {"Facturación", "Envíos", "Producto defectuoso", "Acceso a la cuenta",
            "Devoluciones", "Garantía", "Instalación", "Otros"};

    private final Connection connection;
    private final int tickets;
    private final int customers;
    private final List<UUID> agents;

    SupportSeed(Connection connection, int tickets, int customers, List<UUID> agents) {
        this.connection = connection;
        this.tickets = tickets;
        this.customers = customers;
        this.agents = agents;
    }

    /** Loads everything in one transaction, then vacuums and analyses; returns the milliseconds of each step. */
    Map<String, Long> run() throws SQLException {
        var steps = new LinkedHashMap<String, Long>();
        connection.setAutoCommit(false);
        String agentArray = agents.stream().map(id -> "'" + id + "'::uuid").collect(Collectors.joining(", ",
                "array[", "]"));
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local session_replication_role = replica");
            sql.execute("set local work_mem = '256MB'");
            sql.execute("set local synchronous_commit = off");
            sql.execute("select setseed(0.1313)");
            timed(steps, "teams and categories", sql, """
                    insert into support_team (name) select unnest(array[%s]) on conflict (name) do nothing;
                    insert into ticket_category (name, position)
                    select name, ord::int from unnest(array[%s]) with ordinality as c(name, ord)
                    on conflict (name) do nothing;
                    """.formatted(quoted(TEAMS), quoted(CATEGORIES)));
            timed(steps, "drop indexes", sql, """
                    create temp table seed_index on commit drop as
                    select indexname, indexdef from pg_indexes
                    where schemaname = current_schema() and tablename in ('ticket', 'ticket_sla')
                      and indexdef not like '%UNIQUE%';
                    do $$
                        declare i record;
                        begin
                            for i in select indexname from seed_index loop
                                execute format('drop index %I', i.indexname);
                            end loop;
                        end $$;
                    """);
            timed(steps, "tickets", sql, """
                    create temp table seed_team on commit drop as
                    select row_number() over (order by id)::int as n, id from support_team where name = any(array[%1$s]);
                    create temp table seed_category on commit drop as
                    select row_number() over (order by id)::int as n, id from ticket_category
                    where name = any(array[%2$s]);
                    insert into ticket (customer_id, type, channel, subject, priority, category_id, assignee_id,
                                        team_id, status, opened_at, first_response_at, resolved_at, closed_at,
                                        created_by, updated_at)
                    select 1 + floor(power(s.r_customer, 1.3) * %3$d)::int,
                           (array['INCIDENT', 'INCIDENT', 'INQUIRY', 'INQUIRY', 'COMPLAINT', 'REQUEST'])
                               [1 + floor(s.r_type * 6)::int],
                           (array['EMAIL', 'EMAIL', 'PHONE', 'WEB_FORM', 'CHAT', 'VISIT'])[1 + floor(s.r_channel * 6)::int],
                           (array['No funciona', 'Consulta sobre', 'Problema con', 'Error en', 'Solicitud de',
                                  'Reclamación por', 'Duda sobre', 'Fallo de', 'Cambio de', 'Retraso en'])
                               [1 + floor(s.r_verb * 10)::int] || ' ' ||
                           (array['la impresora', 'la factura', 'el pedido', 'la contraseña', 'el envío',
                                  'la garantía', 'el router', 'la tarjeta', 'la devolución', 'el pago',
                                  'la instalación', 'el contrato', 'la app', 'el portal', 'el abono'])
                               [1 + floor(s.r_object * 15)::int] ||
                           case when s.r_rare < 0.0001 then ' %4$s' else ' ' || (s.g %% 997) end,
                           case when s.r_priority < 0.20 then 'LOW' when s.r_priority < 0.75 then 'NORMAL'
                                when s.r_priority < 0.95 then 'HIGH' else 'URGENT' end,
                           case when s.r_category < 0.9 then (select id from seed_category
                                                              where n = 1 + floor(s.r_category / 0.9 * 8)::int) end,
                           case when s.status <> 'NEW' and s.r_assignee < 0.9
                                then (%5$s)[1 + floor(s.r_assignee / 0.9 * %6$d)::int] end,
                           case when s.r_team < 0.9 then (select id from seed_team
                                                          where n = 1 + floor(s.r_team / 0.9 * 4)::int) end,
                           s.status, s.opened_at,
                           case when s.status <> 'NEW' then s.opened_at + s.response end,
                           case when s.status in ('RESOLVED', 'CLOSED') then s.opened_at + s.response + s.resolution end,
                           case when s.status = 'CLOSED' then s.opened_at + s.response + s.resolution
                                                             + interval '7 days' end,
                           (%5$s)[1 + floor(s.r_agent * %6$d)::int],
                           least(now(), s.opened_at + s.response + s.resolution + interval '7 days')
                    from (select r.*,
                                 now() - case when r.status in ('RESOLVED', 'CLOSED')
                                              then interval '1095 days' * power(r.r_age, 1.3) + interval '1 day'
                                              else interval '45 days' * power(r.r_age, 2) end as opened_at,
                                 interval '1 minute' * (5 + 600 * power(r.r_response, 3)) as response,
                                 interval '1 hour' * (1 + 120 * power(r.r_resolution, 3)) as resolution
                          from (select g, random() as r_customer, random() as r_type, random() as r_channel,
                                       random() as r_verb, random() as r_object, random() as r_rare,
                                       random() as r_priority, random() as r_category, random() as r_assignee,
                                       random() as r_team, random() as r_agent, random() as r_age,
                                       random() as r_response, random() as r_resolution,
                                       case when random() < 0.62 then 'CLOSED'
                                            when random() < 0.47 then 'RESOLVED'
                                            else (array['NEW', 'OPEN', 'OPEN', 'PENDING'])[1 + floor(random() * 4)::int]
                                       end as status
                                from generate_series(1, %7$d) g) r) s
                    """.formatted(quoted(TEAMS), quoted(CATEGORIES), customers, RARE_WORD, agentArray, agents.size(),
                    tickets));
            // The service-level clock of the open tickets, as the SLA module keeps it: due in business time, here
            // simply four hours to first response and three days to resolution, warned at 75 %.
            timed(steps, "service levels", sql, """
                    insert into ticket_sla (ticket_id, priority, opened_at, paused_since, first_response_at,
                                            first_response_due, first_response_warn_at, resolution_due,
                                            resolution_warn_at)
                    select id, priority, opened_at, case when status = 'PENDING' then updated_at end,
                           first_response_at, opened_at + interval '4 hours', opened_at + interval '3 hours',
                           opened_at + interval '3 days', opened_at + interval '54 hours'
                    from ticket where status in ('NEW', 'OPEN', 'PENDING')
                    """);
            timed(steps, "indexes", sql, """
                    do $$
                        declare i record;
                        begin
                            for i in select indexdef from seed_index loop
                                execute i.indexdef;
                            end loop;
                        end $$;
                    """);
            connection.commit();
            connection.setAutoCommit(true);
            // One statement each: several in one string run as a transaction block, where VACUUM cannot.
            timed(steps, "vacuum analyze ticket", sql, "vacuum analyze ticket");
            timed(steps, "vacuum analyze ticket_sla", sql, "vacuum analyze ticket_sla");
            // The load ran without the triggers that keep the daily support figures: the next read builds them.
            sql.execute("update support_figures_state set time_zone = null");
        }
        return steps;
    }

    /**
     * A satisfaction survey for every ticket ever resolved, sent at its resolution, as the desk sends them: about
     * 35 % answered within three days, rated 5 by 45 %, 4 by 25 %, 3 by 12 %, 2 by 8 % and 1 by 10 %; grouped by the
     * ticket's assignee, team and category. Returns the milliseconds it took.
     */
    Map<String, Long> surveys() throws SQLException {
        var steps = new LinkedHashMap<String, Long>();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local session_replication_role = replica");
            sql.execute("set local synchronous_commit = off");
            sql.execute("select setseed(0.2424)");
            timed(steps, "surveys", sql, """
                    insert into csat_survey (ticket_id, customer_id, agent_id, team_id, category_id, sent_at,
                                             expires_at, language, answered_at, rating, source)
                    select t.id, t.customer_id, t.assignee_id, t.team_id, t.category_id, t.resolved_at,
                           t.resolved_at + interval '14 days', 'es',
                           case when t.r_answer < 0.35 then t.resolved_at + interval '1 hour' * (1 + 71 * t.r_delay) end,
                           case when t.r_answer >= 0.35 then null
                                when t.r_rating < 0.45 then 5 when t.r_rating < 0.70 then 4
                                when t.r_rating < 0.82 then 3 when t.r_rating < 0.90 then 2 else 1 end,
                           case when t.r_answer < 0.35 then 'EMAIL' end
                    from (select id, customer_id, assignee_id, team_id, category_id, resolved_at, random() as r_answer,
                                 random() as r_delay, random() as r_rating
                          from ticket where resolved_at is not null) t
                    """);
            connection.commit();
            connection.setAutoCommit(true);
            timed(steps, "vacuum analyze csat_survey", sql, "vacuum analyze csat_survey");
        }
        return steps;
    }

    private static String quoted(String[] values) {
        return java.util.Arrays.stream(values).map(v -> "'" + v.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
    }

    private static void timed(Map<String, Long> steps, String name, Statement sql, String statements)
            throws SQLException {
        long t0 = System.nanoTime();
        sql.execute(statements);
        steps.put(name, (System.nanoTime() - t0) / 1_000_000);
        System.out.println("  " + name + ": " + steps.get(name) / 1000.0 + " s");
    }
}
