package com.cartera.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a workspace seeded by {@link PortfolioSeed} five years of marketing in a few set-based statements
 * (generate_series, INSERT ... SELECT) into the tables of {@code db/tenant/V38__marketing.sql}:
 * <ul>
 *     <li>lead histories: six in ten customers who bought after their first week were created as leads (moved to
 *     PROSPECT, then to ACTIVE on their first purchase day), half the PROSPECT customers were created as leads, and
 *     every LOST customer has a move to LOST (as the analytics benchmark does), so that conversion and CAC have
 *     leads behind them;</li>
 *     <li>{@value #CAMPAIGNS} campaigns, one every 18 days over the last five years, across the nine built-in
 *     sources, 20–89 days long, the latest still running;</li>
 *     <li>one target list per campaign of {@value #MEMBERS} customers with marketing consent (fewer when the
 *     workspace has fewer), statuses targeted 60 %, contacted 25 %, responded 10 %, converted 5 %;</li>
 *     <li>spend: an entry on six days in ten while a campaign runs (about its budget in all), and one entry per
 *     source and month over five years; about one entry in ten counts as sales spend;</li>
 *     <li>an attribution for every customer: the first source from the customer's recorded source, the latest
 *     campaign of that source started before the customer came for about four in ten, a touching campaign before
 *     the first purchase for about one buyer in four, the referrer of referred customers.</li>
 * </ul>
 * Triggers and foreign-key checks are off for the load ({@code session_replication_role}), the secondary indexes of
 * the large tables are dropped first and built once at the end. The same data always gives the same seed
 * ({@code setseed}).
 */
final class MarketingSeed {

    static final int CAMPAIGNS = 100;
    static final int MEMBERS = 50_000;

    private final Connection connection;
    private final UUID marketer;

    /** {@code marketer} owns the campaigns and made the entries. */
    MarketingSeed(Connection connection, UUID marketer) {
        this.connection = connection;
        this.marketer = marketer;
    }

    /** Loads everything in one transaction, then vacuums and analyses; returns the milliseconds of each step. */
    Map<String, Long> run() throws SQLException {
        var steps = new LinkedHashMap<String, Long>();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local session_replication_role = replica");
            sql.execute("set local work_mem = '256MB'");
            sql.execute("set local maintenance_work_mem = '512MB'");
            sql.execute("set local synchronous_commit = off");
            sql.execute("select setseed(0.1414)");
            timed(steps, "lead histories", sql, leadHistories());
            timed(steps, "campaigns", sql, campaigns());
            timed(steps, "drop marketing indexes", sql, """
                    create temp table seed_index on commit drop as
                    select indexname, indexdef from pg_indexes
                    where schemaname = current_schema()
                      and tablename in ('target_list_member', 'customer_attribution', 'marketing_spend')
                      and indexdef not like '%UNIQUE%';
                    do $$
                        declare i record;
                        begin
                            for i in select indexname from seed_index loop
                                execute format('drop index %I', i.indexname);
                            end loop;
                        end $$;
                    """);
            timed(steps, "target lists", sql, targetLists());
            timed(steps, "spend", sql, spend());
            timed(steps, "attribution", sql, attribution());
            timed(steps, "create marketing indexes", sql, """
                    do $$
                        declare i record;
                        begin
                            for i in select indexdef from seed_index loop
                                execute i.indexdef;
                            end loop;
                        end $$;
                    """);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            timed(steps, "vacuum analyze marketing", sql, "vacuum (analyze) lifecycle_change, campaign,"
                    + " marketing_spend, target_list, target_list_member, customer_attribution");
        }
        return steps;
    }

    /**
     * Moves LEAD → PROSPECT → ACTIVE for customers who became buyers after their first week (the move to ACTIVE on
     * the first purchase day), LEAD → PROSPECT for half the PROSPECT customers, and INACTIVE → LOST for the LOST.
     */
    private static String leadHistories() {
        return """
                create temp table seed_lead on commit drop as
                select id, lifecycle_stage as stage, created_at, first_purchase_on
                from (select c.*, random() as r from customer c) c
                where (lifecycle_stage in ('ACTIVE', 'INACTIVE', 'LOST')
                       and first_purchase_on > cast(created_at as date) + 7 and r < 0.6)
                   or (lifecycle_stage = 'PROSPECT' and r < 0.5);
                insert into lifecycle_change (customer_id, from_stage, to_stage, changed_at, changed_by)
                select id, 'LEAD', 'PROSPECT',
                       least(now() - interval '1 hour',
                             created_at + interval '1 day' * case when stage = 'PROSPECT' then 60 * random()
                                                                  else (first_purchase_on - cast(created_at as date))
                                                                       * random() * 0.5 end),
                       null
                from seed_lead;
                insert into lifecycle_change (customer_id, from_stage, to_stage, changed_at, changed_by)
                select id, 'PROSPECT', 'ACTIVE', least(now() - interval '1 hour', first_purchase_on + time '12:00'),
                       null
                from seed_lead where stage <> 'PROSPECT';
                insert into lifecycle_change (customer_id, from_stage, to_stage, changed_at, changed_by)
                select id, 'INACTIVE', 'LOST',
                       least(now() - interval '1 day',
                             coalesce(last_purchase_on + 400, cast(created_at as date) + 30) + time '09:15'),
                       null
                from customer where lifecycle_stage = 'LOST';
                """;
    }

    /** The campaigns (seed_campaign keeps each one's plan), and the map from customer sources to lead sources. */
    private String campaigns() {
        return """
                create temp table seed_source on commit drop as
                select row_number() over (order by position, id)::int as n, id, code
                from marketing_source where code is not null;
                create temp table seed_source_map on commit drop as
                select customer_source, id as source_id from marketing_source where customer_source is not null
                union all
                select v.customer_source, s.id
                from (values ('COLD_CALL', 'PAID_SEARCH'), ('IMPORT', 'WALK_IN')) v(customer_source, code)
                         join marketing_source s using (code)
                where v.customer_source not in (select customer_source from marketing_source
                                                where customer_source is not null);
                create temp table seed_campaign on commit drop as
                select k, s.id as source_id, p.channel, p.starts_on, p.starts_on + p.days as ends_on,
                       (5000 + (k * 997) %% 20000)::numeric(14, 2) as budget,
                       (array['STRATEGIC', 'KEY', 'EMERGING', 'LOW'])[1 + k %% 4] as tier,
                       (array['Captación', 'Rebajas', 'Fidelización', 'Lanzamiento', 'Vuelta al cole', 'Navidad',
                              'Primavera', 'Verano', 'Black Friday', 'Reactivación'])[1 + k %% 10]
                           || ' ' || p.label || ' ' || to_char(p.starts_on, 'MM/YYYY') as name,
                       random() as r_offset, null::bigint as campaign_id, null::bigint as list_id
                from generate_series(1, %1$d) k
                         join seed_source s on s.n = 1 + (k - 1) %% 9
                         cross join lateral (
                             select current_date - 18 * (%1$d - k) - 18 as starts_on, 20 + (k * 37) %% 70 as days,
                                    (array['EMAIL', 'OTHER', 'EVENT', 'PAID_SEARCH', 'SOCIAL', 'EMAIL', 'PARTNER',
                                           'PRINT', 'PHONE'])[s.n] as channel,
                                    (array['web', 'recomendados', 'feria', 'búsqueda de pago', 'redes sociales',
                                           'e-mail', 'socios', 'tienda', 'otros'])[s.n] as label) p;
                insert into campaign (name, channel, source_id, starts_on, ends_on, budget, goal, owner_id, status,
                                      target_kind, target_value, created_at, created_by, updated_at, updated_by)
                select name, channel, source_id, starts_on, ends_on, budget, 'Clientes nuevos y reactivados',
                       '%2$s'::uuid,
                       case when ends_on < current_date then 'FINISHED' when starts_on > current_date then 'PLANNED'
                            else 'RUNNING' end,
                       'TIER', tier, starts_on - 14 + time '09:00', '%2$s'::uuid, starts_on - 14 + time '09:00',
                       '%2$s'::uuid
                from seed_campaign order by k;
                update seed_campaign s set campaign_id = c.id from campaign c where c.name = s.name;
                analyze seed_campaign;
                """.formatted(CAMPAIGNS, marketer);
    }

    /** One frozen list per campaign over a window of the consenting customers in random order. */
    private String targetLists() {
        return """
                create temp table seed_consenting on commit drop as
                select row_number() over (order by random())::int as rn, id
                from customer where marketing_consent and deleted_at is null and email is not null;
                create unique index on seed_consenting (rn);
                analyze seed_consenting;
                insert into target_list (campaign_id, name, target_kind, target_value, target_label, frozen_at,
                                         members, excluded, created_by)
                select campaign_id, 'Destinatarios ' || name, 'TIER', tier, 'Nivel de valor: ' || tier,
                       starts_on - 3 + time '09:00', least(%1$d, (select count(*) from seed_consenting)), 0,
                       '%2$s'::uuid
                from seed_campaign order by k;
                update seed_campaign s set list_id = l.id from target_list l where l.campaign_id = s.campaign_id;
                insert into target_list_member (list_id, customer_id, status, status_at)
                select m.list_id, c.id,
                       case when m.r < 0.60 then 'TARGETED' when m.r < 0.85 then 'CONTACTED'
                            when m.r < 0.95 then 'RESPONDED' else 'CONVERTED' end,
                       case when m.r < 0.60 then m.frozen_at
                            else least(now(), m.frozen_at + interval '1 day' * m.r_day * (m.ends_on - m.starts_on + 3))
                       end
                from (select s.list_id, s.starts_on, s.ends_on, s.starts_on - 3 + time '09:00' as frozen_at,
                             1 + (floor(s.r_offset * t.total)::int + g) %% t.total as rn,
                             random() as r, random() as r_day
                      from seed_campaign s
                               cross join (select count(*)::int as total from seed_consenting) t
                               cross join lateral generate_series(0, least(%1$d, t.total) - 1) g) m
                         join seed_consenting c using (rn);
                """.formatted(MEMBERS, marketer);
    }

    /** Campaign entries on six running days in ten, monthly entries per source; one in ten counts as sales. */
    private String spend() {
        return """
                insert into marketing_spend (spent_on, amount, category, counts_as, source_id, campaign_id,
                                             description, created_at, created_by)
                select d.day, round(d.budget / (d.ends_on - d.starts_on + 1) / 0.6 * (0.5 + d.r_amount)::numeric, 2),
                       case when d.r_kind < 0.1 then 'SALES_COMMISSIONS'
                            when d.channel = 'EVENT' then 'EVENTS'
                            when d.channel in ('PRINT', 'DIRECT_MAIL') and d.r_amount < 0.5 then 'CONTENT'
                            else 'MEDIA' end,
                       case when d.r_kind < 0.1 then 'SALES' else 'MARKETING' end,
                       d.source_id, d.campaign_id, left('Gasto ' || d.name, 200), d.day + time '18:00',
                       '%1$s'::uuid
                from (select s.*, cast(day as date) as day, random() as r_day, random() as r_amount,
                             random() as r_kind
                      from seed_campaign s
                               cross join lateral generate_series(s.starts_on, least(s.ends_on, current_date),
                                                                  interval '1 day') day) d
                where d.r_day < 0.6;
                insert into marketing_spend (spent_on, amount, category, counts_as, source_id, campaign_id,
                                             description, created_at, created_by)
                select m.day, round((300 + 1700 * m.r_amount)::numeric, 2),
                       case when m.r_kind < 0.1 then 'SALARIES_SHARE'
                            else (array['TOOLS', 'CONTENT', 'MEDIA', 'OTHER'])[1 + floor(m.r_category * 4)::int] end,
                       case when m.r_kind < 0.1 then 'SALES' else 'MARKETING' end,
                       m.source_id, null, 'Cuota mensual ' || to_char(m.day, 'MM/YYYY'), m.day + time '18:00',
                       '%1$s'::uuid
                from (select s.id as source_id, cast(month as date) + 4 as day, random() as r_amount,
                             random() as r_kind, random() as r_category
                      from seed_source s
                               cross join generate_series(date_trunc('month', current_date - 1826),
                                                          current_date - 5, interval '1 month') month) m;
                """.formatted(marketer);
    }

    private static String attribution() {
        return """
                insert into customer_attribution (customer_id, first_source_id, first_campaign_id, first_touch_at,
                                                  touch_campaign_id, touch_at, referred_by_id)
                select c.id, m.source_id, f.campaign_id, c.created_at, t.campaign_id, t.touch_at,
                       case when c.source = 'REFERRAL' and c.id > 1 then 1 + floor(c.r_referrer * (c.id - 1))::bigint
                       end
                from (select id, source, created_at, first_purchase_on, random() as r_first, random() as r_touch,
                             random() as r_referrer
                      from customer) c
                         left join seed_source_map m on m.customer_source = c.source
                         left join lateral (select k.campaign_id from seed_campaign k
                                            where c.r_first < 0.5 and k.source_id = m.source_id
                                              and k.starts_on <= cast(c.created_at as date)
                                            order by k.starts_on desc limit 1) f on true
                         left join lateral (select k.campaign_id,
                                                   greatest(c.created_at, k.starts_on + time '10:00') as touch_at
                                            from seed_campaign k
                                            where c.r_touch < 0.25 and c.first_purchase_on is not null
                                              and k.starts_on <= c.first_purchase_on
                                            order by k.starts_on desc limit 1) t on true
                """;
    }

    private static void timed(Map<String, Long> steps, String step, Statement sql, String statements)
            throws SQLException {
        long t0 = System.nanoTime();
        sql.execute(statements);
        steps.put(step, (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("[seed] %s: %d ms%n", step, steps.get(step));
    }
}
