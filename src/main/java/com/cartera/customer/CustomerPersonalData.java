package com.cartera.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The personal data the customer module holds: the customer row (and rows of customers merged into it),
 * contact persons, tags, lifecycle history, the audit trail and saved views.
 *
 * <p>Erasure anonymises the customer row (it keeps kind, stage, owner, sector, country, payment preference
 * and the purchase figures, which feed the workspace's KPIs) and deletes contact persons, tags and duplicate
 * pairs. The details of the customer's own audit events are cleared (action, who and when stay); in any
 * other audit event or saved view, a text equal to one of the person's names or identifiers becomes the
 * anonymised name. Runs last, after the other modules have used the identifiers.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CustomerPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;
    private final JsonMapper json;
    private final Clock clock;

    CustomerPersonalData(EntityManager entityManager, JsonMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String area() {
        return "customer";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "privacy.sheet.customer",
                        "select * from customer where id = any (?) order by id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.contacts",
                        "select * from contact_person where company_id = any (?) order by id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.tags", """
                        select ct.customer_id, t.name as tag, t.colour
                        from customer_tag ct join tag t on t.id = ct.tag_id
                        where ct.customer_id = any (?) order by ct.customer_id, t.name""", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.lifecycle",
                        "select * from lifecycle_change where customer_id = any (?) order by changed_at, id",
                        (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.audit",
                        "select * from audit_event where customer_id = any (?) order by occurred_at, id",
                        (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        Timestamp now = Timestamp.from(Instant.now(clock));
        int deleted = PersonalDataSql.update(entityManager, "delete from contact_person where company_id = any (?)",
                (Object) ids);
        deleted += PersonalDataSql.update(entityManager, "delete from customer_tag where customer_id = any (?)",
                (Object) ids);
        PersonalDataSql.update(entityManager,
                "delete from duplicate_pair where customer_id = any (?) or other_customer_id = any (?)", ids, ids);
        PersonalDataSql.update(entityManager,
                "delete from duplicate_dismissal where customer_id = any (?) or other_customer_id = any (?)", ids, ids);
        int anonymised = PersonalDataSql.update(entityManager, """
                update customer
                set name = 'Cliente anonimizado #' || id, email = null, phone = null, tax_id = null, city = null,
                    region = null, notes = null, birthday = null, interests = null, income_band = null,
                    life_stage = null, external_id = null, referred_by_id = null, alert_reason = null,
                    source_campaign = null, marketing_consent = false, marketing_consent_at = null,
                    erased_at = ?, updated_at = ?, version = version + 1
                where id = any (?)""", now, now, ids);
        // The trail keeps who did what and when about the person, not the values they had.
        anonymised += PersonalDataSql.update(entityManager, """
                update audit_event set details = '{}', changes = '[]', summary = null
                where customer_id = any (?) and (details <> '{}' or changes <> '[]' or summary is not null)""",
                (Object) ids);
        for (String column : List.of("details", "changes")) {
            anonymised += scrubJson(subject, "audit_event", column,
                    "(customer_id is null or customer_id <> all (?)) and", (Object) ids);
        }
        anonymised += scrubJson(subject, "saved_view", "definition", "");
        return new ErasureCount(area(), anonymised, deleted);
    }

    /**
     * Replaces, in the JSON column of the rows matching {@code condition} (ending in "and"), every
     * text that names the person by the anonymised name. The database picks the rows that may name them
     * (their text matches a loose pattern); the exact comparison is {@link PersonalDataSubject#identifies}.
     */
    private int scrubJson(PersonalDataSubject subject, String table, String column, String condition,
                          Object... conditionParameters) {
        String[] patterns = patterns(subject);
        if (patterns.length == 0) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>(List.of(conditionParameters));
        parameters.add(patterns);
        var candidates = PersonalDataSql.read(entityManager, "", "select id, cast(" + column + " as text) from "
                + table + " where " + condition + " cast(" + column + " as text) ~* any (?)", parameters.toArray());
        int changed = 0;
        for (List<Object> row : candidates.rows()) {
            JsonNode tree = json.readTree((String) row.get(1));
            if (scrub(tree, subject)) {
                String versionBump = table.equals("saved_view") ? ", version = version + 1" : "";
                changed += PersonalDataSql.update(entityManager, "update " + table + " set " + column
                                + " = cast(? as jsonb)" + versionBump + " where id = ?",
                        json.writeValueAsString(tree), row.get(0));
            }
        }
        return changed;
    }

    private static boolean scrub(JsonNode node, PersonalDataSubject subject) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (var property : List.copyOf(object.properties())) {
                JsonNode value = property.getValue();
                if (value.isString() && subject.identifies(value.stringValue())) {
                    object.put(property.getKey(), subject.anonymisedName());
                    changed = true;
                } else {
                    changed |= scrub(value, subject);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString() && subject.identifies(value.stringValue())) {
                    array.set(i, subject.anonymisedName());
                    changed = true;
                } else {
                    changed |= scrub(value, subject);
                }
            }
        }
        return changed;
    }

    /**
     * Loose regular expressions (PostgreSQL's) that a JSON text naming the person matches: names and e-mails as
     * written; phone numbers and tax ids with any separators between their characters.
     */
    private static String[] patterns(PersonalDataSubject subject) {
        List<String> patterns = new ArrayList<>();
        for (String word : subject.wordsLowerCase()) {
            patterns.add(literal(word));
        }
        for (String key : subject.phoneKeys()) {
            patterns.add(String.join("[^0-9\"]{0,3}", key.split("")));
        }
        for (String key : subject.taxIdKeys()) {
            List<String> characters = new ArrayList<>();
            for (String character : key.split("")) {
                characters.add(literal(character));
            }
            patterns.add(String.join("[ .-]?", characters));
        }
        return patterns.stream().filter(pattern -> !pattern.isEmpty()).toArray(String[]::new);
    }

    /** {@code text} as a regular expression matching itself. */
    private static String literal(String text) {
        return text.replaceAll("([\\\\.^$*+?()\\[\\]{}|-])", "\\\\$1");
    }
}
