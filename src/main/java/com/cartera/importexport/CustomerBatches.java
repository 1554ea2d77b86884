package com.cartera.importexport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.CustomerBulkImport.Column;
import com.cartera.customer.CustomerBulkImport.Existing;
import com.cartera.customer.CustomerBulkImport.Key;
import com.cartera.customer.LifecycleStage;
import jakarta.validation.Validator;

/**
 * Imports customer rows batch by batch. A row is checked, then compared with the rows before it in the file
 * and with the workspace's customers by e-mail, tax id and external id: the import mode decides whether a
 * match is updated, skipped, or a row without match created. Duplicates are skipped and reported, never
 * written twice.
 */
final class CustomerBatches implements BatchProcessor<CustomerBatches.Checked> {

    /** Rows created before the planner's statistics are refreshed again, at the least (see below). */
    private static final int STATISTICS_EVERY = 10_000;

    private final ImportRequest request;
    private final CustomerRows reader;
    private final CustomerBulkImport bulk;
    private final Map<ImportField, Integer> columns;
    private final Set<Column> updatedColumns;
    private final Map<Key, SeenKeys> seen = new EnumMap<>(Map.of(Key.EMAIL, new SeenKeys(), Key.TAX_ID,
            new SeenKeys(), Key.EXTERNAL_ID, new SeenKeys()));
    private int createdBeforeStatistics;
    private int createdSinceStatistics;

    CustomerBatches(ImportRequest request, Validator validator, CustomerBulkImport bulk) {
        this.request = request;
        this.reader = new CustomerRows(request.mapping(), request.sheet().date1904(), validator, request.owners());
        this.bulk = bulk;
        this.columns = request.mapping().byField();
        this.updatedColumns = updatedColumns(request.mapping());
    }

    /** A row that passed its checks, with its keys in the normal form the workspace compares them in. */
    record Candidate(SourceRow source, CustomerRows.Parsed parsed, String email, String taxId, String externalId) {
    }

    /** A batch read: the rows that passed their checks, and the problems of the others. */
    record Checked(List<Candidate> candidates, List<RowProblem> problems) {
    }

    @Override
    public Checked prepare(List<SourceRow> rows) {
        var problems = new ArrayList<RowProblem>();
        var candidates = new ArrayList<Candidate>();
        for (SourceRow row : rows) {
            CustomerRows.Parsed parsed = reader.read(row.row(), row.cells());
            if (!parsed.valid()) {
                problems.add(new RowProblem(row.row(), false, parsed.errors(), row.cells()));
                continue;
            }
            var candidate = new Candidate(row, parsed, Key.EMAIL.normalise(parsed.values().getEmail()),
                    Key.TAX_ID.normalise(parsed.values().getTaxId()), Key.EXTERNAL_ID.normalise(parsed.externalId()));
            CellError duplicate = duplicateInFile(candidate);
            if (duplicate != null) {
                problems.add(new RowProblem(row.row(), true, List.of(duplicate), row.cells()));
            } else {
                candidates.add(candidate);
            }
        }
        return new Checked(candidates, problems);
    }

    @Override
    public Outcome apply(Checked batch) {
        var problems = new ArrayList<RowProblem>(batch.problems());
        List<Candidate> candidates = batch.candidates();
        refreshStatisticsAsTheTableGrows();
        Map<Key, Map<String, Existing>> found = new EnumMap<>(Key.class);
        found.put(Key.EMAIL, bulk.find(Key.EMAIL, keys(candidates, Candidate::email)));
        found.put(Key.TAX_ID, bulk.find(Key.TAX_ID, keys(candidates, Candidate::taxId)));
        found.put(Key.EXTERNAL_ID, bulk.find(Key.EXTERNAL_ID, keys(candidates, Candidate::externalId)));
        Key matchKey = request.matchKey() == null ? null : Key.valueOf(request.matchKey().name());

        var creates = new ArrayList<CustomerBulkImport.Row>();
        var updateIds = new ArrayList<Long>();
        var updates = new ArrayList<CustomerBulkImport.Row>();
        for (Candidate candidate : candidates) {
            Existing match = null;
            if (request.mode() != ImportMode.CREATE_ONLY) {
                String key = switch (request.matchKey()) {
                    case EMAIL -> candidate.email();
                    case TAX_ID -> candidate.taxId();
                    case EXTERNAL_ID -> candidate.externalId();
                };
                Integer keyColumn = columns.get(matchField());
                if (key == null && request.mode() == ImportMode.UPDATE_MATCHING) {
                    fail(problems, candidate, CellError.at(keyColumn, "import.row.match-key-missing"));
                    continue;
                }
                match = key == null ? null : found.get(matchKey).get(key);
                if (match != null && match.matches() > 1) {
                    fail(problems, candidate, CellError.at(keyColumn, "import.row.ambiguous", key, match.matches()));
                    continue;
                }
                if (match == null && request.mode() == ImportMode.UPDATE_MATCHING) {
                    skip(problems, candidate, CellError.at(keyColumn, "import.row.no-match", key));
                    continue;
                }
            }
            CellError clash = clash(candidate, match, found);
            if (clash != null) {
                skip(problems, candidate, clash);
                continue;
            }
            var values = candidate.parsed().values();
            boolean notLead = values.getLifecycleStage() != null && values.getLifecycleStage() != LifecycleStage.LEAD;
            if (request.leadsOnly() && (notLead
                    || match != null && match.stage() != LifecycleStage.LEAD)) {
                fail(problems, candidate, CellError.at(columns.get(ImportField.STAGE), "import.row.leads-only"));
                continue;
            }
            var row = new CustomerBulkImport.Row(values, candidate.externalId(), candidate.parsed().owner(),
                    candidate.parsed().present().contains(ImportField.MARKETING_CONSENT)
                            ? values.isMarketingConsent() : null);
            if (match != null) {
                updateIds.add(match.id());
                updates.add(row);
            } else if (values.getName() == null) {
                fail(problems, candidate, CellError.at(nameColumn(), "customer.name.required"));
            } else {
                creates.add(row);
            }
        }
        int created = bulk.insert(creates, request.submittedBy());
        createdSinceStatistics += created;
        int updated = bulk.update(updateIds, updates, updatedColumns, request.submittedBy());
        int skipped = (int) problems.stream().filter(RowProblem::skipped).count() + (updates.size() - updated);
        int failed = (int) problems.stream().filter(problem -> !problem.skipped()).count();
        return new Outcome(new ImportJobStore.Counts(created, updated, skipped, failed), problems);
    }

    /**
     * Whenever this import has as many rows again as when the statistics were last refreshed (and at least
     * {@value #STATISTICS_EVERY}), so that the look-ups keep probing their indexes: a handful of refreshes for
     * a million rows.
     */
    private void refreshStatisticsAsTheTableGrows() {
        if (createdSinceStatistics >= Math.max(STATISTICS_EVERY, createdBeforeStatistics)) {
            bulk.refreshStatistics();
            createdBeforeStatistics += createdSinceStatistics;
            createdSinceStatistics = 0;
        }
    }

    private ImportField matchField() {
        return switch (request.matchKey()) {
            case EMAIL -> ImportField.EMAIL;
            case TAX_ID -> ImportField.TAX_ID;
            case EXTERNAL_ID -> ImportField.EXTERNAL_ID;
        };
    }

    private Integer nameColumn() {
        Integer name = columns.get(ImportField.NAME);
        return name != null ? name : columns.getOrDefault(ImportField.FIRST_NAME, columns.get(ImportField.LAST_NAME));
    }

    /** One of the keys a row identifies a customer by, with its column. */
    private record KeyOf(Key key, String value, ImportField field) {
    }

    private static List<KeyOf> keysOf(Candidate candidate) {
        return List.of(new KeyOf(Key.EMAIL, candidate.email(), ImportField.EMAIL),
                new KeyOf(Key.TAX_ID, candidate.taxId(), ImportField.TAX_ID),
                new KeyOf(Key.EXTERNAL_ID, candidate.externalId(), ImportField.EXTERNAL_ID));
    }

    /** The row repeats an e-mail, tax id or external id of an earlier row: it is skipped. */
    private CellError duplicateInFile(Candidate candidate) {
        int row = candidate.source().row();
        for (KeyOf key : keysOf(candidate)) {
            if (key.value() == null) {
                continue;
            }
            int earlier = seen.get(key.key()).firstRowOf(key.value(), row);
            if (earlier != 0 && earlier != row) {
                return CellError.at(columns.get(key.field()), "import.row.duplicate-in-file", key.value(), earlier);
            }
        }
        return null;
    }

    /**
     * Another customer of the workspace already has one of the row's keys: creating the row, or giving its
     * key to the matched customer, would make a duplicate.
     */
    private CellError clash(Candidate candidate, Existing match, Map<Key, Map<String, Existing>> found) {
        for (KeyOf key : keysOf(candidate)) {
            Existing other = key.value() == null ? null : found.get(key.key()).get(key.value());
            if (other != null && (match == null || other.id() != match.id())) {
                return CellError.at(columns.get(key.field()), "import.row.duplicate-in-workspace", key.value(),
                        other.id());
            }
        }
        return null;
    }

    private static void fail(List<RowProblem> problems, Candidate candidate, CellError error) {
        problems.add(new RowProblem(candidate.source().row(), false, List.of(error), candidate.source().cells()));
    }

    private static void skip(List<RowProblem> problems, Candidate candidate, CellError error) {
        problems.add(new RowProblem(candidate.source().row(), true, List.of(error), candidate.source().cells()));
    }

    private static List<String> keys(List<Candidate> candidates, java.util.function.Function<Candidate, String> key) {
        return candidates.stream().map(key).filter(java.util.Objects::nonNull).toList();
    }

    private static Set<Column> updatedColumns(ColumnMapping mapping) {
        var updated = EnumSet.noneOf(Column.class);
        for (ImportField field : mapping.fields().values()) {
            switch (field) {
                case NAME, FIRST_NAME, LAST_NAME -> updated.add(Column.NAME);
                case STAGE -> updated.add(Column.STAGE);
                default -> updated.add(Column.valueOf(field.name()));
            }
        }
        return updated;
    }
}
