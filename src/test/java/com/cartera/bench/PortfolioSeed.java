package com.cartera.bench;

import static com.cartera.demo.SpanishNames.BUSINESS_KINDS;
import static com.cartera.demo.SpanishNames.COMPANY_FORMS;
import static com.cartera.demo.SpanishNames.FIRST_NAMES;
import static com.cartera.demo.SpanishNames.PLACES;
import static com.cartera.demo.SpanishNames.SURNAMES;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.demo.SpanishNames.Place;

/**
 * Fills one workspace schema with a large, believable Spanish-speaking portfolio in a few set-based
 * statements (generate_series, INSERT ... SELECT), never row by row: customers with names ({@link
 * com.cartera.demo.SpanishNames}), contact
 * details, places, sectors, owners, alert colours and stage distribution; purchases over five years,
 * heavy-tailed per customer; tags. The purchase figures on each customer (first/last purchase, count,
 * revenue, computed tier) are computed once from the purchases instead of by the per-statement triggers,
 * which (like the foreign-key checks) are switched off for the load with {@code session_replication_role};
 * the secondary indexes are dropped for the load and built again afterwards.
 * The same size always gives the same data ({@code setseed}).
 */
final class PortfolioSeed {

    /** A surname about one customer in ten thousand has: the "rare term" of the search cases. */
    static final String RARE_SURNAME = "Zubizarreta";
    static final String[] SECTORS = {"Hostelería", "Comercio minorista", "Construcción", "Transporte y logística",
            "Sanidad", "Servicios profesionales", "Alimentación", "Industria", "Educación", "Inmobiliario",
            "Tecnología", "Agricultura", "Automoción", "Energía", "Turismo", "Administración pública"};
    /** Tag name, colour, share of customers carrying it. */
    static final Object[][] TAGS = {{"VIP", "#c62828", 0.02}, {"Boletín", "#1565c0", 0.30},
            {"Mayorista", "#6a1b9a", 0.05}, {"Feria 2025", "#ef6c00", 0.08}, {"Recomendador", "#2e7d32", 0.04},
            {"Impagos", "#4e342e", 0.01}, {"Online", "#00838f", 0.20}, {"Fidelización", "#ad1457", 0.12},
            {"Sector público", "#37474f", 0.015}, {"Exportación", "#283593", 0.03}};

    private final Connection connection;
    private final int customers;
    private final int purchases;
    private final List<UUID> owners;
    private final UUID admin;
    private final boolean seasonal;

    PortfolioSeed(Connection connection, int customers, int purchases, List<UUID> owners, UUID admin) {
        this(connection, customers, purchases, owners, admin, false);
    }

    /** With {@code seasonal}, three purchases in ten fall in the Christmas weeks (1–24 December) of their year. */
    PortfolioSeed(Connection connection, int customers, int purchases, List<UUID> owners, UUID admin,
                  boolean seasonal) {
        this.connection = connection;
        this.customers = customers;
        this.purchases = purchases;
        this.owners = owners;
        this.admin = admin;
        this.seasonal = seasonal;
    }

    /** Loads everything in one transaction, then vacuums and analyses; returns the milliseconds of each step. */
    Map<String, Long> run() throws SQLException {
        var steps = new LinkedHashMap<String, Long>();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            // No triggers (purchase figures) and no foreign-key checks: the rows are consistent by construction.
            sql.execute("set local session_replication_role = replica");
            sql.execute("set local work_mem = '256MB'");
            sql.execute("set local synchronous_commit = off");
            sql.execute("select setseed(0.2026)");
            timed(steps, "customer plan", sql, """
                    create temp table seed_customer on commit drop as
                    select g as id,
                           case when r < 0.20 then 'LEAD' when r < 0.35 then 'PROSPECT' when r < 0.80 then 'ACTIVE'
                                when r < 0.92 then 'INACTIVE' else 'LOST' end as stage,
                           exp(random() * 3) as spend
                    from (select g, random() as r from generate_series(1, %d) g) s;
                    create temp table seed_buyer on commit drop as
                    select row_number() over (order by random())::int as rank, id, stage, spend
                    from seed_customer where stage in ('ACTIVE', 'INACTIVE', 'LOST');
                    analyze seed_buyer;
                    """.formatted(customers));
            // Heavy-tailed: the buyer of rank r gets a share of purchases falling with r; active customers
            // bought over the last five years, inactive and lost ones not in the last year.
            // Building an index once over all rows is much faster than updating it row by row.
            timed(steps, "drop indexes", sql, """
                    create temp table seed_index on commit drop as
                    select indexname, indexdef from pg_indexes
                    where schemaname = current_schema() and tablename in ('customer', 'purchase', 'customer_tag')
                      and indexdef not like '%UNIQUE%';
                    do $$
                        declare i record;
                        begin
                            for i in select indexname from seed_index loop
                                execute format('drop index %I', i.indexname);
                            end loop;
                        end $$;
                    """);
            timed(steps, "purchases", sql, """
                    insert into purchase (id, customer_id, purchased_on, channel, payment_method, total, created_at,
                                          version)
                    select row_number() over (order by b.id, d.day), b.id, d.day,
                           (array['STORE', 'ONLINE', 'PHONE', 'SALES_REP', 'MARKETPLACE', 'OTHER'])
                               [1 + floor(power(p.r_channel, 1.4) * 6)::int],
                           (array['CARD', 'CARD', 'BANK_TRANSFER', 'DIRECT_DEBIT', 'CASH', 'MOBILE', 'OTHER'])
                               [1 + floor(p.r_pay * 7)::int],
                           round((b.spend * (5 + 40 * p.r_amount))::numeric, 2),
                           d.day + time '10:00', 0
                    from (select 1 + floor(power(random(), 1.5) * (select count(*) from seed_buyer))::int as rank,
                                 random() as r_day, random() as r_channel, random() as r_pay, random() as r_amount,
                                 random() as r_season
                          from generate_series(1, %d)) p
                             join seed_buyer b using (rank)
                             cross join lateral (select case when b.stage = 'ACTIVE' then current_date
                                                             else current_date - 365 end as latest) u
                             cross join lateral (select u.latest - floor(p.r_day * case when b.stage = 'ACTIVE'
                                                                                       then 1826 else 1461 end)::int
                                                            as day) d0
                             cross join lateral (select make_date(extract(year from d0.day)::int, 12, 1)
                                                            + floor(p.r_day * 24 * 1826)::int %% 24 as christmas) x
                             cross join lateral (select case when not %s or p.r_season >= 0.3 then d0.day
                                                             when x.christmas <= u.latest then x.christmas
                                                             else cast(x.christmas - interval '1 year' as date)
                                                        end as day) d
                    """.formatted(purchases, seasonal));
            timed(steps, "purchase figures", sql, """
                    create temp table seed_figures on commit drop as
                    select customer_id as id, min(purchased_on) as first_on, max(purchased_on) as last_on,
                           count(*)::int as purchases, sum(total) as revenue
                    from purchase group by customer_id
                    """);
            timed(steps, "customers", sql, customersInsert());
            timed(steps, "tags", sql, tagsInsert());
            sql.execute("set local maintenance_work_mem = '512MB'");
            timed(steps, "create indexes", sql, """
                    do $$
                        declare i record;
                        begin
                            for i in select indexdef from seed_index loop
                                execute i.indexdef;
                            end loop;
                        end $$;
                    """);
            sql.execute("select setval('customer_seq', %d), setval('purchase_seq', %d)"
                    .formatted(customers + 50, purchases + 50));
            long t0 = System.nanoTime();
            connection.commit();
            steps.put("commit", (System.nanoTime() - t0) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            // Sets the visibility map (index-only scans) and the planner statistics, as autovacuum would later.
            timed(steps, "vacuum analyze", sql, "vacuum (analyze) customer, purchase, customer_tag, tag, team_member");
        }
        return steps;
    }

    private String customersInsert() {
        return """
                insert into customer (id, kind, name, email, phone, tax_id, city, region, country, lifecycle_stage,
                                      owner_id, sector, company_size, alert_colour, alert_reason, marketing_consent,
                                      source, first_purchase_on, last_purchase_on, purchase_count, revenue,
                                      tier_computed, tier_override, tier_override_by, tier_override_at, created_at,
                                      updated_at, created_by, version, deleted_at, deleted_by)
                with a as (select %s as first_names, %s as surnames, %s as businesses, %s as forms, %s as sectors,
                                  %s as cities, %s as regions, %s as countries, %s::uuid[] as owners)
                select x.id, x.kind, x.name,
                       case when x.kind = 'PERSON'
                            then search_normalise(x.first_name) || '.' || search_normalise(x.surname) || x.id || '@'
                                 || (array['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'])
                                        [1 + floor(x.r1 * 5)::int]
                            else 'info' || x.id || '@'
                                 || regexp_replace(search_normalise(x.business || x.surname), '[^a-z0-9]', '', 'g')
                                 || '.com' end,
                       case x.country
                            when 'ES' then '+34 6' || lpad(floor(x.r2 * 100)::text, 2, '0') || ' '
                                           || lpad(floor(x.r3 * 1000)::text, 3, '0') || ' '
                                           || lpad(floor(x.r4 * 1000)::text, 3, '0')
                            when 'MX' then '+52 55 ' || lpad(floor(x.r2 * 10000)::text, 4, '0') || ' '
                                           || lpad(floor(x.r3 * 10000)::text, 4, '0')
                            else '+' || (case x.country when 'AR' then '54 11' when 'CO' then '57 3' when 'CL' then '56 9'
                                                        else '51 9' end) || ' '
                                 || lpad(floor(x.r2 * 10000)::text, 4, '0') || ' ' || lpad(floor(x.r3 * 10000)::text, 4, '0')
                            end,
                       case when x.country <> 'ES' then null
                            when x.kind = 'PERSON' then x.nif || substr('TRWAGMYFPDXBNJZSQVHLCKE', x.nif %% 23 + 1, 1)
                            else 'B' || x.nif end,
                       x.city, x.region, x.country, x.stage, x.owner_id,
                       case when x.kind = 'COMPANY' then x.sector end,
                       case when x.kind = 'COMPANY' then case when x.r5 < 0.6 then 'MICRO' when x.r5 < 0.85 then 'SMALL'
                                                              when x.r5 < 0.97 then 'MEDIUM' else 'LARGE' end end,
                       x.alert,
                       case x.alert when 'RED' then 'Seguimiento vencido' when 'YELLOW' then 'Seguimiento próximo'
                                    when 'GREEN' then 'Al día' end,
                       x.r6 < 0.55,
                       (array['WEBSITE', 'CAMPAIGN', 'REFERRAL', 'EVENT', 'COLD_CALL', 'SOCIAL', 'PARTNER', 'IMPORT',
                              'OTHER'])[1 + floor(x.r7 * 9)::int],
                       f.first_on, f.last_on, coalesce(f.purchases, 0), coalesce(f.revenue, 0),
                       case when coalesce(f.revenue, 0) >= w.tier_strategic_min then 'STRATEGIC'
                            when coalesce(f.revenue, 0) >= w.tier_key_min then 'KEY'
                            when coalesce(f.revenue, 0) >= w.tier_emerging_min then 'EMERGING'
                            else 'LOW' end,
                       x.tier_override, case when x.tier_override is not null then '%s'::uuid end,
                       case when x.tier_override is not null then now() end,
                       x.created_at, x.created_at, '%s'::uuid, 0,
                       case when x.r8 < 0.003 then now() - x.r8 * interval '30000 days' end,
                       case when x.r8 < 0.003 then '%s'::uuid end
                from (select y.*,
                             case when y.r_kind < 0.7 then 'PERSON' else 'COMPANY' end as kind,
                             case when y.r_kind < 0.7 then y.first_name || ' ' || y.surname || ' ' || y.surname2
                                  else y.business || ' ' || y.surname
                                       || case when y.country = 'ES' then ' ' || y.form else '' end end as name
                      from (select s.id, s.stage, z.*,
                                   a.first_names[1 + floor(z.p1 * array_length(a.first_names, 1))::int] as first_name,
                                   case when z.p2 < 0.0001 then '%s'
                                        else a.surnames[1 + floor(z.p3 * array_length(a.surnames, 1))::int] end as surname,
                                   a.surnames[1 + floor(z.p4 * array_length(a.surnames, 1))::int] as surname2,
                                   a.businesses[1 + floor(z.p5 * array_length(a.businesses, 1))::int] as business,
                                   a.forms[1 + floor(z.p6 * array_length(a.forms, 1))::int] as form,
                                   a.sectors[1 + floor(power(z.p7, 1.3) * array_length(a.sectors, 1))::int] as sector,
                                   a.cities[z.place] as city, a.regions[z.place] as region, a.countries[z.place] as country,
                                   case when z.p8 < 0.05 then null
                                        else a.owners[1 + floor(power(z.p9, 1.2) * array_length(a.owners, 1))::int]
                                   end as owner_id,
                                   case when z.p10 < 0.08 then 'RED' when z.p10 < 0.23 then 'YELLOW'
                                        when z.p10 < 0.53 then 'GREEN' end as alert,
                                   case when z.p11 < 0.005 then (array['STRATEGIC', 'KEY', 'EMERGING', 'LOW'])
                                                                    [1 + floor(z.p11 * 800)::int] end as tier_override,
                                   now() - ((%d - s.id)::float8 / %d) * interval '2190 days'
                                         - z.p12 * interval '1 day' as created_at
                            from seed_customer s
                                     cross join a
                                     cross join lateral (select random() as p1, random() as p2, random() as p3,
                                                                random() as p4, random() as p5, random() as p6,
                                                                random() as p7, random() as p8, random() as p9,
                                                                random() as p10, random() as p11, random() as p12,
                                                                random() as r1, random() as r2, random() as r3,
                                                                random() as r4, random() as r5, random() as r6,
                                                                random() as r7, random() as r8, random() as r_kind,
                                                                10000000 + floor(random() * 89999999)::int as nif,
                                                                case when random() < 0.8
                                                                     then 1 + floor(power(random(), 1.8) * 25)::int
                                                                     else 26 + floor(random() * 9)::int end as place,
                                                                s.id as correlated) z) y) x
                         left join seed_figures f on f.id = x.id
                         cross join workspace_settings w
                """.formatted(array(FIRST_NAMES), array(SURNAMES), array(BUSINESS_KINDS), array(COMPANY_FORMS),
                array(List.of(SECTORS)), array(PLACES.stream().map(Place::city).toList()),
                array(PLACES.stream().map(Place::region).toList()), array(PLACES.stream().map(Place::country).toList()),
                array(owners.stream().map(UUID::toString).toList()),
                admin, admin, admin, RARE_SURNAME, customers, customers);
    }

    private String tagsInsert() {
        String values = Arrays.stream(TAGS)
                .map(tag -> "(%s, '%s', %s)".formatted(literal((String) tag[0]), tag[1], tag[2]))
                .collect(Collectors.joining(", "));
        return """
                create temp table seed_tag on commit drop as select * from (values %s) t(name, colour, share);
                insert into tag (name, colour) select name, colour from seed_tag;
                insert into customer_tag (customer_id, tag_id)
                select pair.customer_id, t.id
                from (select c.id as customer_id, s.name, s.share, random() as r
                      from seed_customer c cross join seed_tag s) pair
                         join tag t on t.name = pair.name
                where pair.r < pair.share
                """.formatted(values);
    }

    private static String array(List<String> values) {
        return values.stream().map(PortfolioSeed::literal).collect(Collectors.joining(", ", "array[", "]"));
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void timed(Map<String, Long> steps, String step, Statement sql, String statements)
            throws SQLException {
        long t0 = System.nanoTime();
        sql.execute(statements);
        steps.put(step, (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("[seed] %s: %d ms%n", step, steps.get(step));
    }
}
