package com.cartera.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerMergeService;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person with data in every module of one workspace (profile, contact, tag, purchases, interaction, follow-up,
 * suggestion, opportunity, rejected import rows, saved view, audit events, and a duplicate merged into them),
 * next to another customer with data of their own. Unique names and identifiers, so that a scan of the whole
 * schema finds them only where they are.
 */
final class PersonFixture {

    final SignedInUser admin;
    final String schema;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String name = "Zoraida Quintanilla " + suffix;
    final String email = "zoraida." + suffix + "@example.org";
    final String phone = "+34 611 22 33 44";
    final String phoneInFile = "611-22-33-44";
    final String taxId = "X" + Math.abs(suffix.hashCode() % 10_000_000) + "L";
    final String taxIdInFile;
    final String duplicateName = "Z. Quintanilla " + suffix;
    final String contactName = "Contacto Íñiguez " + suffix;
    final String otherName = "Otro Cliente " + suffix;
    final String otherEmail = "otro." + suffix + "@example.org";
    final Customer person;
    final Customer other;
    long duplicateId;

    private final JdbcTemplate jdbc;
    private final TenantSql sql;

    PersonFixture(ApplicationContext context, TestData data, SignedInUser admin) {
        this.admin = admin;
        this.schema = admin.workspace().tenant().schema();
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.sql = new TenantSql(context, schema);
        this.taxIdInFile = taxId.toLowerCase().substring(0, 1) + "-" + taxId.substring(1).toLowerCase();
        var customers = context.getBean(CustomerService.class);
        var purchases = new Purchases(context);

        person = data.customer(admin, name, email, LifecycleStage.ACTIVE);
        other = data.customer(admin, otherName, otherEmail, LifecycleStage.ACTIVE);
        update("update " + schema + ".customer set phone = ?, tax_id = ?, city = 'Teruel', notes = ?,"
                        + " birthday = date '1980-04-12', interests = 'Ópera', external_id = ? where id = ?",
                phone, taxId, "Prefiere que la llamen por la tarde: " + name, "ERP-" + suffix, person.getId());
        update("insert into " + schema + ".contact_person (company_id, name, email, phone) values (?, ?, ?, ?)",
                person.getId(), contactName, "contacto." + suffix + "@example.org", "699 00 11 22");
        update("insert into " + schema + ".tag (name, colour) values (?, '#123456')", "Ópera " + suffix);
        update("insert into " + schema + ".customer_tag (customer_id, tag_id) select ?, id from " + schema
                + ".tag where name = ?", person.getId(), "Ópera " + suffix);

        purchases.buy(admin, person, LocalDate.parse("2026-01-10"), "120.50");
        purchases.buy(admin, person, LocalDate.parse("2026-03-02"), "80.25");
        update("update " + schema + ".purchase set notes = ? where customer_id = ? and purchased_on = '2026-01-10'",
                "Entregar a " + name + " en casa", person.getId());
        purchases.buy(admin, other, LocalDate.parse("2026-02-01"), "999.00");
        update("update " + schema + ".purchase set notes = ? where customer_id = ?", "Nota de compra del otro "
                + suffix, other.getId());

        interaction(person.getId(), "Llamada con " + name + " (" + email + ")");
        interaction(other.getId(), "Interacción del otro " + suffix);
        update("insert into " + schema + ".follow_up (customer_id, kind, due_at, assignee_id, notes)"
                + " values (?, 'CALL', now() + interval '2 days', ?, ?)", person.getId(), admin.userId(),
                "Llamar al " + phone);
        update("insert into " + schema + ".follow_up_suggestion (customer_id, reason, occasion, occasion_year,"
                + " assignee_id) values (?, 'BIRTHDAY', date '2026-04-12', 2026, ?)", person.getId(), admin.userId());
        update("insert into " + schema + ".opportunity (pipeline_id, stage_id, position, customer_id, title, amount,"
                + " currency, notes) select p.id, s.id, 1, ?, ?, 500, 'EUR', ? from " + schema + ".pipeline p join "
                + schema + ".pipeline_stage s on s.pipeline_id = p.id and s.position = 1 where p.main",
                person.getId(), "Renovación " + name, "Presupuesto enviado a " + email);
        update("insert into " + schema + ".opportunity (pipeline_id, stage_id, position, customer_id, title, amount,"
                + " currency) select p.id, s.id, 2, ?, 'Contrato anual', 300, 'EUR' from " + schema + ".pipeline p join "
                + schema + ".pipeline_stage s on s.pipeline_id = p.id and s.position = 1 where p.main", person.getId());

        long job = importJob(LocalDate.parse("2026-01-05"));
        problem(job, 2, name, email, "", "");
        problem(job, 3, "Z. Q.", "", phoneInFile, "");
        problem(job, 4, "", "", "", taxIdInFile);
        problem(job, 5, otherName, otherEmail, "", "");

        update("insert into " + schema + ".saved_view (owner_id, name, definition) values (?, ?, cast(? as jsonb))",
                admin.userId(), "Búsqueda " + suffix,
                "{\"filter\": {\"search\": \"" + email + "\"}, \"sort\": [], \"columns\": [\"name\"]}");
        update("insert into " + schema + ".audit_event (actor_id, action, customer_id, details)"
                + " values (?, 'NOT_DUPLICATE', ?, cast(? as jsonb))", admin.userId(), other.getId(),
                "{\"first\": \"" + otherName + "\", \"second\": \"" + name + "\"}");

        // Deleted and restored (two audit events with the name), then a duplicate merged into the person.
        TestData.as(admin, () -> {
            customers.delete(person.getId(), customers.find(person.getId()).orElseThrow().getVersion());
            customers.restore(person.getId());
            return null;
        });
        Customer duplicate = data.customer(admin, duplicateName, email, LifecycleStage.LEAD);
        duplicateId = duplicate.getId();
        TestData.as(admin, () -> {
            context.getBean(CustomerMergeService.class).merge(person.getId(),
                    customers.find(person.getId()).orElseThrow().getVersion(), duplicateId,
                    customers.find(duplicateId).orElseThrow().getVersion(), Map.of());
            return null;
        });
    }

    long importJob(LocalDate finishedOn) {
        return sql.queryForObject("insert into " + schema + ".import_job (kind, mode, file_name, sheet_name, header_row,"
                        + " headers, status, submitted_by, submitted_at, finished_at) values ('CUSTOMERS', 'CREATE_ONLY',"
                        + " 'clientes.xlsx', 'Hoja1', 1, '[\"Nombre\", \"Email\", \"Teléfono\", \"NIF\"]', 'COMPLETED', ?,"
                        + " cast(? as timestamptz), cast(? as timestamptz)) returning id", Long.class,
                admin.userId(), finishedOn + "T09:00:00Z", finishedOn + "T09:05:00Z");
    }

    void problem(long job, int row, String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell + "\"");
        }
        update("insert into " + schema + ".import_row_problem (job_id, row_number, outcome, errors, cells)"
                        + " values (?, ?, 'FAILED', '[]', cast(? as jsonb))", job, row,
                "[" + String.join(", ", quoted) + "]");
    }

    int update(String statement, Object... arguments) {
        return sql.update(statement, arguments);
    }

    private void interaction(long customerId, String notes) {
        update("insert into " + schema + ".interaction (customer_id, kind, occurred_at, notes, author_id)"
                + " values (?, 'CALL', now() - interval '1 day', ?, ?)", customerId, notes, admin.userId());
    }

    /** Every text or JSON column of the workspace's schema holding {@code needle} (ignoring case), as table.column. */
    List<String> tracesOf(String needle) {
        List<String> found = new ArrayList<>();
        var columns = jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = ? and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')""", schema);
        for (var column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long hits = jdbc.queryForObject("select count(*) from " + schema + ".\"" + table + "\" where position(lower(?)"
                    + " in lower(cast(\"" + name + "\" as text))) > 0", Long.class, needle);
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }
}
