package com.cartera.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a workspace seeded by {@link PortfolioSeed} five years of invoicing in set-based statements (generate_series,
 * INSERT ... SELECT) into the tables of {@code db/tenant/V46__finance.sql}:
 * <ul>
 *     <li>the {@value #CREDIT_SHARE_PERCENT} % biggest buyers (by revenue) have a {@code customer_credit} row with a
 *     credit limit and their own terms: 0 days, 60 days, or 30 or 60 days paid on the 10th or 25th of the month;
 *     everybody else has the workspace's 30 days;</li>
 *     <li>the invoices fall on the buyers heavy-tailed (the buyer of revenue rank r draws about 1/√r of them: the
 *     biggest accounts have thousands), each issued between the customer's first and last purchase of the last five
 *     years, due by its customer's terms ({@link com.cartera.finance.PaymentTerms}), with 1–3 lines whose net and
 *     tax are rounded to cents per line and summed, as {@link com.cartera.finance.InvoiceTotals} does;</li>
 *     <li>fates: 2 % credited by a credit note a few days after issue (three in four in full, the rest the first
 *     line), 5 % bad debts (never paid; half of them paid in part), the rest paid: 85 % on time (customers paying on
 *     a day of the month by direct debit on the due day, one payment covering all their invoices due that day), 15 %
 *     late by 1–120 days (one in five of those paid half on the due day and the rest late); 0.5 % of the single
 *     payments are bounced 3–12 days later (payment reversed, allocation reversed, REVERSAL in the ledger) and paid
 *     again 5–29 days after that; one payment in 200 is a little more than what it settles (credit kept on the
 *     customer); whatever would happen after today has not happened yet, so the recent invoices are open;</li>
 *     <li>the ledger: ISSUE, CREDIT, PAYMENT and REVERSAL entries for every movement up to today, inserted in
 *     batches of {@value #BATCH} invoices with the ledger's statement trigger on, so that it keeps
 *     {@code receivable_day} and {@code customer_receivable} as the application would; each invoice's open amount,
 *     status and settlement day follow from its entries by the rules of
 *     {@link com.cartera.finance.ReceivableLedger}.</li>
 * </ul>
 * Other triggers and foreign-key checks are off for the load ({@code session_replication_role}), the secondary
 * indexes of the finance tables are dropped first and built once at the end. The same data always gives the same
 * seed ({@code setseed}).
 */
final class FinanceSeed {

    static final int CREDIT_SHARE_PERCENT = 5;
    static final int BATCH = 500_000;

    private final Connection connection;
    private final int invoices;
    private final UUID clerk;

    /** {@code clerk} made and reversed the finance records. */
    FinanceSeed(Connection connection, int invoices, UUID clerk) {
        this.connection = connection;
        this.invoices = invoices;
        this.clerk = clerk;
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
            sql.execute("select setseed(0.4615)");
            timed(steps, "finance accounts", sql, accounts());
            timed(steps, "drop finance indexes", sql, """
                    create temp table seed_index on commit drop as
                    select indexname, indexdef from pg_indexes
                    where schemaname = current_schema()
                      and tablename in ('invoice', 'invoice_line', 'payment', 'payment_allocation',
                                        'receivable_entry')
                      and indexdef not like '%UNIQUE%';
                    do $$
                        declare i record;
                        begin
                            for i in select indexname from seed_index loop
                                execute format('drop index %I', i.indexname);
                            end loop;
                        end $$;
                    """);
            timed(steps, "invoice plan", sql, invoicePlan());
            timed(steps, "invoice lines", sql, invoiceLines());
            timed(steps, "invoice fates", sql, fates());
            timed(steps, "invoices and credit notes", sql, documents());
            timed(steps, "payments and allocations", sql, payments());
            // The ledger's trigger keeps the daily and per-customer sums: on for these statements even in replica.
            sql.execute("alter table receivable_entry enable always trigger receivable_entry_insert");
            long t0 = System.nanoTime();
            for (long from = 1; from <= invoices; from += BATCH) {
                sql.execute(ledger(from, Math.min(invoices, from + BATCH - 1)));
            }
            steps.put("ledger entries", (System.nanoTime() - t0) / 1_000_000);
            System.out.printf("[seed] ledger entries: %d ms%n", steps.get("ledger entries"));
            sql.execute("alter table receivable_entry enable trigger receivable_entry_insert");
            timed(steps, "create finance indexes", sql, """
                    do $$
                        declare i record;
                        begin
                            for i in select indexdef from seed_index loop
                                execute i.indexdef;
                            end loop;
                        end $$;
                    select setval(pg_get_serial_sequence('invoice', 'id'), (select max(id) from invoice)),
                           setval(pg_get_serial_sequence('payment', 'id'), (select max(id) from payment)),
                           setval(pg_get_serial_sequence('payment_allocation', 'id'),
                                  (select max(id) from payment_allocation));
                    update finance_settings
                    set next_invoice_number = (select count(*) + 1 from invoice where kind = 'INVOICE'),
                        next_credit_note_number = (select count(*) + 1 from invoice where kind = 'CREDIT_NOTE');
                    """);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            timed(steps, "vacuum analyze finance", sql, "vacuum (analyze) customer_credit, invoice, invoice_line,"
                    + " payment, payment_allocation, receivable_entry, receivable_day, customer_receivable");
        }
        return steps;
    }

    /**
     * What the three sums of the receivables must agree on: the invoices' open amounts, the per-customer sums and
     * the daily sums (invoiced − credited − collected), as one line.
     */
    static String check(Statement sql) throws SQLException {
        try (var rows = sql.executeQuery("""
                select (select sum(open_amount) from invoice where kind = 'INVOICE'),
                       (select sum(open_amount) from customer_receivable),
                       (select sum(invoiced - credited - collected) from receivable_day),
                       (select count(*) from invoice i
                                 left join (select invoice_id, sum(amount) as owed from receivable_entry
                                            group by invoice_id) e on e.invoice_id = i.id
                        where i.kind = 'INVOICE' and i.open_amount <> coalesce(e.owed, 0))""")) {
            rows.next();
            return "open amount of the invoices %s, sum of customer_receivable %s, receivable_day invoiced − credited"
                    .formatted(rows.getBigDecimal(1), rows.getBigDecimal(2))
                    + " − collected %s: %s; %d invoices whose open amount is not the sum of their entries".formatted(
                    rows.getBigDecimal(3), rows.getBigDecimal(1).compareTo(rows.getBigDecimal(2)) == 0
                            && rows.getBigDecimal(2).compareTo(rows.getBigDecimal(3)) == 0 ? "equal" : "DIFFERENT",
                    rows.getLong(4));
        }
    }

    /**
     * The buyers by revenue rank, with their terms; the top {@value #CREDIT_SHARE_PERCENT} % of the customers get
     * a credit row (terms and a credit limit).
     */
    private static String accounts() {
        return """
                create temp table seed_account on commit drop as
                select a.rank, a.customer_id, a.first_on, greatest(a.first_on, a.last_on) as last_on,
                       case when not a.credit then 30 when a.r_terms < 0.25 then 0 when a.r_terms < 0.6 then 60
                            when a.r_terms < 0.85 then 30 else 60 end as terms_days,
                       case when a.credit and a.r_terms >= 0.6 then case when a.r_terms < 0.85 then 10 else 25 end
                       end as terms_dom,
                       a.credit,
                       (1000 * case when a.rank <= 1000 then 50 + floor(a.r_limit * 200)
                                    else 5 + floor(a.r_limit * 45) end)::numeric(14, 2) as credit_limit
                from (select row_number() over (order by revenue desc, id)::int as rank, id as customer_id,
                             greatest(first_purchase_on, current_date - 1826) as first_on,
                             least(last_purchase_on, current_date) as last_on,
                             row_number() over (order by revenue desc, id)
                                 <= (select count(*) * %d / 100 from customer) as credit,
                             random() as r_terms, random() as r_limit
                      from customer where first_purchase_on is not null and deleted_at is null) a;
                create unique index on seed_account (rank);
                analyze seed_account;
                insert into customer_credit (customer_id, terms_days, terms_day_of_month, credit_limit, updated_at,
                                             version)
                select customer_id, terms_days, terms_dom, credit_limit, now(), 0 from seed_account where credit;
                """.formatted(CREDIT_SHARE_PERCENT);
    }

    /** Which customer each invoice is for, when it was issued and falls due (ids in issue order), its dice. */
    private String invoicePlan() {
        return """
                create temp table seed_invoice on commit drop as
                select row_number() over (order by p.issued_on, p.customer_id, p.g)::bigint as id, p.*
                from (select p.g, a.customer_id, a.terms_dom is not null as by_day_of_month, d.issued_on,
                             case when a.terms_dom is null then e.earliest
                                  when least(m.m0 + a.terms_dom - 1, m.last0) >= e.earliest
                                      then least(m.m0 + a.terms_dom - 1, m.last0)
                                  else least(m.m1 + a.terms_dom - 1, m.last1) end as due_on,
                             p.r_lines, p.r_fate, p.r_late, p.r_part, p.r_day, p.r_day2, p.r_rev, p.r_credit
                      from (select g, 1 + floor(power(random(), 2) * (select count(*) from seed_account))::int as rank,
                                   random() as r_issue, random() as r_lines, random() as r_fate, random() as r_late,
                                   random() as r_part, random() as r_day, random() as r_day2, random() as r_rev,
                                   random() as r_credit
                            from generate_series(1, %d) g) p
                               join seed_account a using (rank)
                               cross join lateral (select a.first_on
                                                              + floor(p.r_issue * (a.last_on - a.first_on + 1))::int
                                                              as issued_on) d
                               cross join lateral (select d.issued_on + a.terms_days as earliest) e
                               cross join lateral (select cast(date_trunc('month', e.earliest) as date) as m0) m0
                               cross join lateral (select m0.m0, cast(m0.m0 + interval '1 month' as date) as m1,
                                                          cast(m0.m0 + interval '1 month' - interval '1 day' as date)
                                                              as last0,
                                                          cast(m0.m0 + interval '2 months' - interval '1 day' as date)
                                                              as last1) m) p;
                create unique index on seed_invoice (id);
                analyze seed_invoice;
                """.formatted(invoices);
    }

    /**
     * 1–3 lines per invoice (half have one), quantities mostly small, a discount on one line in five, IVA 21 % on
     * most; net and tax rounded to cents per line as InvoiceTotals does (round() on numeric rounds half away from
     * zero, which is half up for these positive amounts).
     */
    private static String invoiceLines() {
        return """
                insert into invoice_line (invoice_id, position, description, quantity, unit_price, discount_percent,
                                          tax_rate, net, tax)
                select l.invoice_id, l.position, l.description, l.quantity, l.unit_price, l.discount, l.rate, l.net,
                       round(l.net * l.rate / 100, 2)
                from (select l.*, round(l.quantity * l.unit_price * (100 - l.discount) / 100, 2) as net
                      from (select i.id as invoice_id, k as position,
                                   (array['Material de oficina', 'Servicio de mantenimiento', 'Suministro mensual',
                                          'Consultoría', 'Transporte', 'Instalación', 'Licencia anual',
                                          'Repuestos'])[1 + floor(random() * 8)::int] as description,
                                   case when random() < 0.9 then 1 + floor(power(random(), 3) * 24)
                                        else round((0.5 + random() * 30)::numeric, 3) end::numeric(12, 3) as quantity,
                                   round((5 + power(random(), 2) * 600)::numeric, 2) as unit_price,
                                   (array[0, 0, 0, 0, 0, 0, 0, 0, 5, 10, 12.5, 15])[1 + floor(random() * 12)::int]
                                       ::numeric(5, 2) as discount,
                                   (array[21, 21, 21, 21, 21, 21, 10, 10, 4, 0])[1 + floor(random() * 10)::int]
                                       ::numeric(5, 2) as rate
                            from seed_invoice i
                                     cross join lateral generate_series(1, case when i.r_lines < 0.5 then 1
                                                                                when i.r_lines < 0.8 then 2
                                                                                else 3 end) k) l) l
                """;
    }

    /**
     * Each invoice's totals and what happens to it (credit, payments, bounce), the days of those movements, and what
     * of it has happened by today: the open amount, status and settlement day ReceivableLedger would have written.
     */
    private static String fates() {
        return """
                create temp table seed_total on commit drop as
                select invoice_id, sum(net) as subtotal, sum(tax) as tax_total, count(*)::int as lines,
                       sum(net) filter (where position = 1) as first_net, sum(tax) filter (where position = 1)
                           as first_tax
                from invoice_line group by invoice_id;
                create temp table seed_plan on commit drop as
                select i.id, i.customer_id, i.issued_on, i.due_on, t.subtotal, t.tax_total,
                       t.subtotal + t.tax_total as total, c.credit_on, c.credit_full,
                       case when c.credit_on is not null then case when c.credit_full then t.subtotal
                                                                   else t.first_net end end as credit_net,
                       case when c.credit_on is not null then case when c.credit_full then t.tax_total
                                                                   else t.first_tax end end as credit_tax,
                       i.r_fate, i.r_late, i.r_part, i.r_day, i.r_day2, i.r_rev, i.by_day_of_month
                from seed_invoice i
                         join seed_total t on t.invoice_id = i.id
                         cross join lateral (select case when i.r_fate < 0.02
                                                         then i.issued_on + 3 + floor(i.r_credit * 40)::int
                                                    end as credit_on,
                                                    t.lines = 1 or i.r_part < 0.75 as credit_full) c;
                create temp table seed_fate on commit drop as
                select p.*, f.pay1, f.pay1_on, f.pay2, f.pay2_on, f.batch,
                       case when f.bounced then f.pay1_on + 3 + floor(p.r_day2 * 10)::int end as rev_on,
                       case when f.bounced then f.pay1 end as pay3,
                       case when f.bounced then f.pay1_on + 3 + floor(p.r_day2 * 10)::int + 5 + floor(p.r_day * 25)::int
                       end as pay3_on
                from (select p.*, p.total - coalesce(p.credit_net + p.credit_tax, 0) as rest,
                             p.r_fate >= 0.02 and p.r_fate < 0.07 as bad_debt,
                             p.r_fate >= 0.02 and p.r_late < 0.15 as late,
                             p.r_late < 0.15 and p.r_part < 0.2 as late_in_part
                      from seed_plan p) p
                         cross join lateral (
                             select case when p.rest = 0 then null
                                         when p.bad_debt then case when p.r_part < 0.5
                                                                   then round(p.rest * (0.2 + 0.5 * p.r_day2)::numeric,
                                                                              2)
                                                              end
                                         when p.late and p.late_in_part then round(p.rest / 2, 2)
                                         else p.rest end as pay1,
                                    case when p.rest = 0 then null
                                         when p.bad_debt then p.due_on + floor(p.r_day * 30)::int
                                         when p.late and p.late_in_part then p.due_on
                                         when p.late then p.due_on + 1 + floor(p.r_day * 120)::int
                                         when p.by_day_of_month then p.due_on
                                         else p.issued_on + floor(p.r_day * (p.due_on - p.issued_on + 1))::int
                                    end as pay1_on,
                                    case when p.rest > 0 and not p.bad_debt and p.late and p.late_in_part
                                         then p.rest - round(p.rest / 2, 2) end as pay2,
                                    case when p.rest > 0 and not p.bad_debt and p.late and p.late_in_part
                                         then p.due_on + 1 + floor(p.r_day * 120)::int end as pay2_on,
                                    p.rest > 0 and not p.bad_debt and not p.late and p.by_day_of_month as batch,
                                    p.rest > 0 and not p.bad_debt and not p.late and not p.by_day_of_month
                                        and p.credit_on is null and p.r_rev < 0.005 as bounced) f;
                create temp table seed_doc on commit drop as
                select f.id, f.customer_id, f.issued_on, f.due_on, f.subtotal, f.tax_total, f.total,
                       k.credit_on, k.credit_net, k.credit_tax, k.credit_net + k.credit_tax as credit,
                       k.pay1_on, f.pay1, k.rev_on, k.pay2_on, f.pay2, k.pay3_on, f.pay3, f.batch, f.credit_full,
                       f.total - coalesce(k.credit_net + k.credit_tax, 0) - coalesce(case when k.pay1_on is not null
                                                                                        then f.pay1 end, 0)
                           - coalesce(case when k.pay2_on is not null then f.pay2 end, 0)
                           - coalesce(case when k.pay3_on is not null then f.pay3 end, 0)
                           + coalesce(case when k.rev_on is not null then f.pay1 end, 0) as open_amount,
                       greatest(k.credit_on, k.pay1_on, k.rev_on, k.pay2_on, k.pay3_on) as last_on
                from seed_fate f
                         cross join lateral (
                             select case when f.credit_on <= current_date then f.credit_on end as credit_on,
                                    case when f.credit_on <= current_date then f.credit_net end as credit_net,
                                    case when f.credit_on <= current_date then f.credit_tax end as credit_tax,
                                    case when f.pay1 is not null and f.pay1_on <= current_date then f.pay1_on end
                                        as pay1_on,
                                    case when f.rev_on <= current_date then f.rev_on end as rev_on,
                                    case when f.pay2 is not null and f.pay2_on <= current_date then f.pay2_on end
                                        as pay2_on,
                                    case when f.pay3_on <= current_date then f.pay3_on end as pay3_on) k;
                create unique index on seed_doc (id);
                analyze seed_doc;
                """;
    }

    /**
     * The invoices with what ReceivableLedger would have left on them, and a credit note (its own number series,
     * copies of the credited lines) for each credit; the credit note itself owes nothing.
     */
    private String documents() {
        return """
                insert into invoice (id, number, kind, customer_id, status, issued_on, due_on, currency, subtotal,
                                     tax_total, total, open_amount, settled_on, origin, created_at, created_by,
                                     updated_at, updated_by, version)
                select d.id, 'F-' || to_char(d.issued_on, 'YYYY') || '-' || lpad(d.id::text, 7, '0'), 'INVOICE',
                       d.customer_id,
                       case when d.open_amount > 0
                                then case when d.open_amount < d.total
                                               and coalesce(d.credit, 0) < d.total - d.open_amount
                                          then 'PARTIALLY_PAID' else 'ISSUED' end
                            when coalesce(d.credit, 0) >= d.total then 'CANCELLED'
                            else 'PAID' end,
                       d.issued_on, d.due_on, w.currency, d.subtotal, d.tax_total, d.total, d.open_amount,
                       case when d.open_amount = 0 then d.last_on end, 'IMPORT', d.issued_on + time '09:00',
                       '%1$s'::uuid, coalesce(d.last_on, d.issued_on) + time '12:00', '%1$s'::uuid, 0
                from seed_doc d cross join workspace_settings w;
                create temp table seed_credit_note on commit drop as
                select (select max(id) from seed_doc) + row_number() over (order by credit_on, id) as note_id,
                       row_number() over (order by credit_on, id) as n, id as invoice_id, customer_id, credit_on,
                       credit_net, credit_tax, credit, credit_full
                from seed_doc where credit_on is not null;
                insert into invoice (id, number, kind, credited_invoice_id, customer_id, status, issued_on, due_on,
                                     currency, subtotal, tax_total, total, open_amount, origin, created_at,
                                     created_by, updated_at, updated_by, version)
                select c.note_id, 'R-' || to_char(c.credit_on, 'YYYY') || '-' || lpad(c.n::text, 7, '0'),
                       'CREDIT_NOTE', c.invoice_id, c.customer_id, 'ISSUED', c.credit_on, c.credit_on, w.currency,
                       c.credit_net, c.credit_tax, c.credit, 0, 'IMPORT', c.credit_on + time '10:00', '%1$s'::uuid,
                       c.credit_on + time '10:00', '%1$s'::uuid, 0
                from seed_credit_note c cross join workspace_settings w;
                insert into invoice_line (invoice_id, position, product_id, description, quantity, unit_price,
                                          discount_percent, tax_rate, net, tax)
                select c.note_id, l.position, l.product_id, left('Abono: ' || l.description, 300), l.quantity,
                       l.unit_price, l.discount_percent, l.tax_rate, l.net, l.tax
                from seed_credit_note c join invoice_line l on l.invoice_id = c.invoice_id
                where c.credit_full or l.position = 1;
                """.formatted(clerk);
    }

    /**
     * One payment per allocation, except the direct debits of customers paying on a day of the month, one per
     * customer and day; a bounced payment is reversed with its allocation.
     */
    private String payments() {
        return """
                create temp table seed_allocation on commit drop as
                select dense_rank() over (order by a.day, a.customer_id,
                                          case when a.batch then 0 else a.invoice_id * 4 + a.seq end)::bigint
                           as payment_id, a.*
                from (select d.id as invoice_id, d.customer_id, m.seq, m.day, m.amount, m.batch, m.reversed_on
                      from seed_doc d
                               cross join lateral (values (1, d.pay1_on, d.pay1, d.batch, d.rev_on),
                                                          (2, d.pay2_on, d.pay2, false, null::date),
                                                          (3, d.pay3_on, d.pay3, false, null::date))
                                   m(seq, day, amount, batch, reversed_on)
                      where m.day is not null) a;
                insert into payment (id, customer_id, received_on, amount, currency, method, reference, unallocated,
                                     origin, reversed_on, reversed_at, reversed_by, reversal_reason, created_at,
                                     created_by, version)
                select p.payment_id, p.customer_id, p.day, p.allocated + p.extra, w.currency,
                       case when p.batch or p.reversed_on is not null then 'DIRECT_DEBIT'
                            else (array['BANK_TRANSFER', 'BANK_TRANSFER', 'BANK_TRANSFER', 'BANK_TRANSFER',
                                        'BANK_TRANSFER', 'CARD', 'CARD', 'DIRECT_DEBIT', 'CASH', 'MOBILE', 'CHEQUE',
                                        'OTHER'])[1 + floor(p.r_method * 12)::int] end,
                       case when p.batch then 'REM-' || p.payment_id end, p.extra, 'IMPORT', p.reversed_on,
                       p.reversed_on + time '11:00',
                       case when p.reversed_on is not null then '%1$s'::uuid end,
                       case when p.reversed_on is not null then 'Adeudo devuelto por el banco' end,
                       p.day + time '09:00', '%1$s'::uuid, 0
                from (select payment_id, min(customer_id) as customer_id, min(day) as day, sum(amount) as allocated,
                             bool_or(batch) as batch, max(reversed_on) as reversed_on, random() as r_method,
                             case when max(reversed_on) is null and random() < 0.005
                                  then round((5 + random() * 200)::numeric, 2) else 0 end as extra
                      from seed_allocation group by payment_id) p
                         cross join workspace_settings w;
                insert into payment_allocation (id, payment_id, invoice_id, amount, allocated_on, reversed_on)
                select row_number() over (order by payment_id, invoice_id, seq), payment_id, invoice_id, amount, day,
                       reversed_on
                from seed_allocation;
                """.formatted(clerk);
    }

    /** The ledger entries of invoices {@code from}–{@code to}: one statement, so one run of the sums' trigger. */
    private static String ledger(long from, long to) {
        return """
                insert into receivable_entry (invoice_id, customer_id, kind, booked_on, due_on, amount, created_at)
                select d.id, d.customer_id, m.kind, m.day, d.due_on, m.amount, m.day + time '12:00'
                from seed_doc d
                         cross join lateral (values ('ISSUE', d.issued_on, d.total),
                                                    ('CREDIT', d.credit_on, -d.credit),
                                                    ('PAYMENT', d.pay1_on, -d.pay1),
                                                    ('REVERSAL', d.rev_on, d.pay1),
                                                    ('PAYMENT', d.pay2_on, -d.pay2),
                                                    ('PAYMENT', d.pay3_on, -d.pay3)) m(kind, day, amount)
                where d.id between %d and %d and m.day is not null
                """.formatted(from, to);
    }

    private static void timed(Map<String, Long> steps, String step, Statement sql, String statements)
            throws SQLException {
        long t0 = System.nanoTime();
        sql.execute(statements);
        steps.put(step, (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("[seed] %s: %d ms%n", step, steps.get(step));
    }
}
