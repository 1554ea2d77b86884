package com.cartera.customer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.cartera.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many customers at once for a spreadsheet import: one statement per batch, the values passed as
 * arrays and unnested by PostgreSQL, on the transaction's connection (which points at the workspace's
 * schema). Each creation and each stage change is recorded in the lifecycle history, as a save would.
 *
 * <p>No permission check here: imports run on background threads where nobody is signed in. The importer
 * checks the submitting person's rights when the job is submitted and passes whom it acts for. Values must
 * have passed the {@link Customer} constraints.
 */
@Component
public class CustomerBulkImport {

    /** The customer columns an import can write. */
    public enum Column {
        KIND, NAME, EMAIL, PHONE, TAX_ID, CITY, REGION, COUNTRY, STAGE, OWNER, SECTOR, BIRTHDAY, INTERESTS, NOTES,
        MARKETING_CONSENT, SOURCE_CAMPAIGN, EXTERNAL_ID
    }

    /**
     * How a row names an existing customer: each key is compared in a normal form, the one the duplicate
     * detection indexes ({@code email_key} and {@code tax_id_key}, V9).
     */
    public enum Key {
        /** Trimmed, without case. */
        EMAIL("email_key(email)"),
        /** Upper case, without spaces, dots or dashes. */
        TAX_ID("tax_id_key(tax_id)"),
        /** The id in the system the customers came from, compared exactly. */
        EXTERNAL_ID("external_id");

        private static final Pattern TAX_ID_SEPARATORS = Pattern.compile("[\\s.-]");

        private final String expression;

        Key(String expression) {
            this.expression = expression;
        }

        /** The value in the form the workspace compares it in; null for a value that names nobody. */
        public String normalise(String value) {
            if (value == null) {
                return null;
            }
            String normal = switch (this) {
                case EMAIL -> value.strip().toLowerCase(Locale.ROOT);
                case TAX_ID -> TAX_ID_SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
                case EXTERNAL_ID -> value;
            };
            return normal.isEmpty() ? null : normal;
        }
    }

    /**
     * A live customer a key matched.
     *
     * @param matches how many live customers share the key: more than one means the key is ambiguous
     */
    public record Existing(long id, LifecycleStage stage, int matches) {
    }

    /**
     * A customer to write: the values, plus what the entity does not hold.
     *
     * @param marketingConsent yes, no, or null when the row does not say (the entity cannot tell that apart)
     */
    public record Row(Customer values, String externalId, UUID ownerId, Boolean marketingConsent) {
    }

    private static final String[] SQL_COLUMNS = {"kind", "name", "email", "phone", "tax_id", "city", "region",
            "country", "lifecycle_stage", "owner_id", "sector", "birthday", "interests", "notes", "marketing_consent",
            "source_campaign", "external_id"};

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    CustomerBulkImport(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * The live customers whose key is among {@code values}, by the key's {@linkplain Key#normalise normal
     * form}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Existing> find(Key key, Collection<String> values) {
        String[] keys = values.stream().map(key::normalise).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        if (keys.length == 0) {
            return Map.of();
        }
        // "is not null" lets PostgreSQL use partial indexes on present keys (customer_external_id_idx): it
        // cannot infer it from "= any" over an array parameter.
        String sql = "select " + key.expression + ", min(id), min(lifecycle_stage), count(*) from customer"
                + " where deleted_at is null and " + key.expression + " is not null"
                + " and " + key.expression + " = any(cast(? as text[])) group by 1";
        return work(connection -> {
            var found = new HashMap<String, Existing>();
            try (PreparedStatement lookup = connection.prepareStatement(sql)) {
                lookup.setArray(1, connection.createArrayOf("text", keys));
                try (ResultSet rows = lookup.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new Existing(rows.getLong(2),
                                LifecycleStage.valueOf(rows.getString(3)), rows.getInt(4)));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Brings the planner's statistics of the customer table up to date. While an import fills a table its
     * statistics lag behind autovacuum, and a look-up planned for the tiny table the statistics describe
     * reads the whole table instead of probing an index: measured on a million-row import into an empty
     * workspace, 17 s of look-ups over the first 200,000 rows; 10 s for the whole million with fresh statistics.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshStatistics() {
        entityManager.createNativeQuery("analyze customer").executeUpdate();
    }

    /**
     * Creates the customers, with source IMPORT, as created by {@code actor}; without a kind they are persons,
     * without a stage leads; publishes {@link CustomersCreated} for the batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int insert(List<Row> rows, UUID actor) {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = "with input as (select * from unnest(" + arrays() + ") as u(" + String.join(", ", SQL_COLUMNS) + ")),"
                + " created as (insert into customer (kind, name, email, phone, tax_id, city, region, country,"
                + " lifecycle_stage, owner_id, sector, birthday, interests, notes, marketing_consent,"
                + " marketing_consent_at, source, source_campaign, external_id, created_by, updated_by)"
                + " select coalesce(kind, 'PERSON'), name, email, phone, tax_id, city, region, country,"
                + " coalesce(lifecycle_stage, 'LEAD'),"
                + " cast(owner_id as uuid), sector, cast(birthday as date), interests, notes,"
                + " coalesce(cast(marketing_consent as boolean), false),"
                + " case when cast(marketing_consent as boolean) then now() end, 'IMPORT', source_campaign,"
                + " external_id, cast(? as uuid), cast(? as uuid) from input"
                + " returning id, lifecycle_stage),"
                + " history as (insert into lifecycle_change (customer_id, from_stage, to_stage, changed_by)"
                + " select id, null, lifecycle_stage, cast(? as uuid) from created)"
                + " select id from created";
        Set<Long> created = work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = bindColumns(connection, statement, 1, rows);
                statement.setString(next++, actor.toString());
                statement.setString(next++, actor.toString());
                statement.setString(next, actor.toString());
                var ids = new HashSet<Long>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                    }
                }
                return ids;
            }
        });
        events.publishEvent(new CustomersCreated(TenantScope.require(), created));
        return created.size();
    }

    /**
     * Updates the customers {@code ids} (same order as {@code rows}): each column of {@code columns} takes the
     * row's value where it has one; empty cells leave what is stored. Deleted customers are left alone.
     *
     * @return how many customers were updated
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int update(List<Long> ids, List<Row> rows, Set<Column> columns, UUID actor) {
        if (rows.isEmpty()) {
            return 0;
        }
        var assignments = new ArrayList<String>();
        for (Column column : columns) {
            String name = SQL_COLUMNS[column.ordinal()];
            assignments.add(switch (column) {
                case OWNER -> "owner_id = coalesce(cast(u.owner_id as uuid), c.owner_id)";
                case BIRTHDAY -> "birthday = coalesce(cast(u.birthday as date), c.birthday)";
                case MARKETING_CONSENT -> "marketing_consent = coalesce(cast(u.marketing_consent as boolean),"
                        + " c.marketing_consent), marketing_consent_at = case"
                        + " when cast(u.marketing_consent as boolean) and not c.marketing_consent then now()"
                        + " when cast(u.marketing_consent as boolean) = false then null"
                        + " else c.marketing_consent_at end";
                default -> name + " = coalesce(u." + name + ", c." + name + ")";
            });
        }
        assignments.add("version = c.version + 1");
        assignments.add("updated_at = now()");
        assignments.add("updated_by = cast(? as uuid)");
        String sql = "with input as (select * from unnest(cast(? as bigint[]), " + arrays() + ")"
                + " as u(id, " + String.join(", ", SQL_COLUMNS) + ")),"
                + " changed as (update customer c set " + String.join(", ", assignments)
                + " from input u where c.id = u.id and c.deleted_at is null"
                + " returning c.id, old.lifecycle_stage as before, new.lifecycle_stage as after),"
                + " history as (insert into lifecycle_change (customer_id, from_stage, to_stage, changed_by)"
                + " select id, before, after, cast(? as uuid) from changed where before is distinct from after)"
                + " select count(*) from changed";
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
                int next = bindColumns(connection, statement, 2, rows);
                statement.setString(next++, actor.toString());
                statement.setString(next, actor.toString());
                return count(statement);
            }
        });
    }

    /** One text-array parameter per column. */
    private static String arrays() {
        return String.join(", ", java.util.Collections.nCopies(SQL_COLUMNS.length, "cast(? as text[])"));
    }

    private static int bindColumns(Connection connection, PreparedStatement statement, int first, List<Row> rows)
            throws SQLException {
        int size = rows.size();
        String[][] columns = new String[SQL_COLUMNS.length][size];
        for (int i = 0; i < size; i++) {
            Row row = rows.get(i);
            Customer c = row.values();
            columns[0][i] = c.getKind() == null ? null : c.getKind().name();
            columns[1][i] = c.getName();
            columns[2][i] = c.getEmail();
            columns[3][i] = c.getPhone();
            columns[4][i] = c.getTaxId();
            columns[5][i] = c.getCity();
            columns[6][i] = c.getRegion();
            columns[7][i] = c.getCountry();
            columns[8][i] = c.getLifecycleStage() == null ? null : c.getLifecycleStage().name();
            columns[9][i] = row.ownerId() == null ? null : row.ownerId().toString();
            columns[10][i] = c.getSector();
            columns[11][i] = c.getBirthday() == null ? null : c.getBirthday().toString();
            columns[12][i] = c.getInterests();
            columns[13][i] = c.getNotes();
            columns[14][i] = row.marketingConsent() == null ? null : row.marketingConsent().toString();
            columns[15][i] = c.getSourceCampaign();
            columns[16][i] = row.externalId();
        }
        int index = first;
        for (String[] column : columns) {
            Array array = connection.createArrayOf("text", column);
            statement.setArray(index++, array);
        }
        return index;
    }

    private static int count(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
