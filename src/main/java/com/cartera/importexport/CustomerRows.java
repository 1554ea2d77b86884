package com.cartera.importexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.LifecycleStage;
import jakarta.validation.Validator;

/**
 * Turns a row into a customer, checking each value with the same Jakarta constraints as the customer form,
 * and naming the column of every value that does not fit.
 */
final class CustomerRows {

    /**
     * One row read.
     *
     * @param values     a customer holding the row's values (never saved itself)
     * @param present    the fields the row gives a value for: an update changes only these
     * @param errors     what is wrong, by column; empty when the row can be imported
     */
    record Parsed(int row, Customer values, String externalId, UUID owner, Set<ImportField> present,
                  List<CellError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, LifecycleStage> STAGES = Map.ofEntries(
            Map.entry("lead", LifecycleStage.LEAD), Map.entry("contacto", LifecycleStage.LEAD),
            Map.entry("prospect", LifecycleStage.PROSPECT), Map.entry("prospecto", LifecycleStage.PROSPECT),
            Map.entry("en evaluacion", LifecycleStage.PROSPECT), Map.entry("active", LifecycleStage.ACTIVE),
            Map.entry("activo", LifecycleStage.ACTIVE), Map.entry("activa", LifecycleStage.ACTIVE),
            Map.entry("cliente", LifecycleStage.ACTIVE), Map.entry("customer", LifecycleStage.ACTIVE),
            Map.entry("inactive", LifecycleStage.INACTIVE), Map.entry("inactivo", LifecycleStage.INACTIVE),
            Map.entry("inactiva", LifecycleStage.INACTIVE), Map.entry("lost", LifecycleStage.LOST),
            Map.entry("perdido", LifecycleStage.LOST), Map.entry("perdida", LifecycleStage.LOST));
    private static final Map<String, CustomerKind> KINDS = Map.of("person", CustomerKind.PERSON,
            "persona", CustomerKind.PERSON, "particular", CustomerKind.PERSON, "individual", CustomerKind.PERSON,
            "company", CustomerKind.COMPANY, "empresa", CustomerKind.COMPANY, "organizacion", CustomerKind.COMPANY,
            "sociedad", CustomerKind.COMPANY, "business", CustomerKind.COMPANY);

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;
    private final Validator validator;
    private final Map<String, UUID> owners;

    /**
     * @param owners team members by lower-case e-mail and by lower-case, accent-free display name
     */
    CustomerRows(ColumnMapping mapping, boolean date1904, Validator validator, Map<String, UUID> owners) {
        this.columns = mapping.byField();
        this.date1904 = date1904;
        this.validator = validator;
        this.owners = owners;
    }

    Parsed read(int row, String[] cells) {
        var customer = new Customer();
        var present = EnumSet.noneOf(ImportField.class);
        var errors = new ArrayList<CellError>();
        String externalId = null;
        UUID owner = null;
        for (var entry : columns.entrySet()) {
            ImportField field = entry.getKey();
            int column = entry.getValue();
            String text = CellValues.text(column < cells.length ? cells[column] : null);
            if (text == null) {
                continue;
            }
            present.add(field);
            switch (field) {
                case NAME -> customer.setName(text);
                case FIRST_NAME, LAST_NAME -> {
                    // Joined below, first name first.
                }
                case KIND -> {
                    CustomerKind kind = KINDS.get(CellValues.plain(text));
                    if (kind == null) {
                        kind = enumValue(CustomerKind.class, text);
                    }
                    if (kind == null) {
                        errors.add(CellError.at(column, "import.cell.kind", text));
                    } else {
                        customer.setKind(kind);
                    }
                }
                case EMAIL -> customer.setEmail(text);
                case PHONE -> customer.setPhone(text);
                case TAX_ID -> customer.setTaxId(text.replace(" ", "").toUpperCase(Locale.ROOT));
                case CITY -> customer.setCity(text);
                case REGION -> customer.setRegion(text);
                case COUNTRY -> {
                    String code = COUNTRIES.getOrDefault(CellValues.plain(text), text.toUpperCase(Locale.ROOT));
                    customer.setCountry(code);
                }
                case STAGE -> {
                    LifecycleStage stage = STAGES.get(CellValues.plain(text));
                    if (stage == null) {
                        stage = enumValue(LifecycleStage.class, text);
                    }
                    if (stage == null) {
                        errors.add(CellError.at(column, "import.cell.stage", text));
                    } else {
                        customer.setLifecycleStage(stage);
                    }
                }
                case SECTOR -> customer.setSector(text);
                case BIRTHDAY -> {
                    LocalDate date = CellValues.date(text, date1904);
                    if (date == null) {
                        errors.add(CellError.at(column, "import.cell.date", text));
                    } else {
                        customer.setBirthday(date);
                    }
                }
                case INTERESTS -> customer.setInterests(text);
                case NOTES -> customer.setNotes(text);
                case MARKETING_CONSENT -> {
                    Boolean consent = CellValues.yesNo(text);
                    if (consent == null) {
                        errors.add(CellError.at(column, "import.cell.yes-no", text));
                    } else {
                        customer.setMarketingConsent(consent);
                    }
                }
                case SOURCE_CAMPAIGN -> customer.setSourceCampaign(text);
                case EXTERNAL_ID -> {
                    if (text.length() > 100) {
                        errors.add(CellError.at(column, "import.cell.too-long", 100));
                    } else {
                        externalId = text;
                    }
                }
                case OWNER -> {
                    owner = owners.get(CellValues.plain(text));
                    if (owner == null) {
                        errors.add(CellError.at(column, "import.cell.owner", text));
                    }
                }
                default -> throw new IllegalArgumentException(field + " is not a customer field");
            }
        }
        joinName(customer, cells, present);
        validate(customer, present, errors);
        // Without a column for them, kind and stage stay as stored on update, and take their defaults on creation.
        if (!present.contains(ImportField.KIND)) {
            customer.setKind(null);
        }
        if (!present.contains(ImportField.STAGE)) {
            customer.setLifecycleStage(null);
        }
        return new Parsed(row, customer, externalId, owner, present, errors);
    }

    private void joinName(Customer customer, String[] cells, Set<ImportField> present) {
        if (customer.getName() != null || !(present.contains(ImportField.FIRST_NAME)
                || present.contains(ImportField.LAST_NAME))) {
            return;
        }
        String first = cellOf(ImportField.FIRST_NAME, cells);
        String last = cellOf(ImportField.LAST_NAME, cells);
        customer.setName(first == null ? last : last == null ? first : first + " " + last);
        present.add(ImportField.NAME);
    }

    private String cellOf(ImportField field, String[] cells) {
        Integer column = columns.get(field);
        return column == null || column >= cells.length ? null : CellValues.text(cells[column]);
    }

    /** The form's constraints, for the values the row gives (an update leaves the others as they are). */
    private void validate(Customer customer, Set<ImportField> present, List<CellError> errors) {
        Map<String, ImportField> byProperty = new HashMap<>();
        for (ImportField field : present) {
            if (field.property() != null) {
                byProperty.putIfAbsent(field.property(), field);
            }
        }
        for (var violation : validator.validate(customer)) {
            ImportField field = byProperty.get(violation.getPropertyPath().toString());
            if (field == null) {
                continue;
            }
            Integer column = columns.get(field);
            if (field == ImportField.NAME && column == null) {
                column = columns.getOrDefault(ImportField.FIRST_NAME, columns.get(ImportField.LAST_NAME));
            }
            final Integer at = column;
            if (errors.stream().noneMatch(error -> java.util.Objects.equals(error.column(), at))) {
                errors.add(CellError.at(at, BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                return constant;
            }
        }
        return null;
    }

    /** Country names in Spanish and English, and the codes themselves, to the two-letter code. */
    private static Map<String, String> countries() {
        var map = new HashMap<String, String>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            map.put(CellValues.plain(country.getDisplayCountry(Locale.forLanguageTag("es"))), code);
            map.put(CellValues.plain(country.getDisplayCountry(Locale.ENGLISH)), code);
            map.put(code.toLowerCase(Locale.ROOT), code);
        }
        return Map.copyOf(map);
    }
}
