package com.cartera.importexport;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import com.cartera.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps import jobs in the workspace's schema: created at submission, moved along by the runner, each batch
 * recorded with its rows and counts in the transaction that applies it. Unsecured and package-private:
 * the runner calls it on background threads, {@link ImportService} checks who may do what.
 */
@Component
class ImportJobStore {

    /** What one batch did. */
    record Counts(int created, int updated, int skipped, int failed) {
    }

    /** One refused or skipped row as stored, for the error report. */
    record StoredProblem(int row, boolean skipped, List<CellError> errors, List<String> cells) {
    }

    private final EntityManager entityManager;
    private final JsonMapper json;

    private final AuditLog auditLog;
    private final ApplicationEventPublisher notices;

    ImportJobStore(EntityManager entityManager, JsonMapper json, AuditLog auditLog, ApplicationEventPublisher notices) {
        this.notices = notices;
        this.entityManager = entityManager;
        this.json = json;
        this.auditLog = auditLog;
    }

    /** A queued job owned by {@code owner}, its heartbeat {@code now}. */
    @Transactional
    long create(ImportRequest request, UUID submittedBy, String owner, Instant now) {
        Object id = entityManager.createNativeQuery("insert into import_job (kind, mode, match_key, leads_only,"
                        + " file_name, sheet_name, header_row, headers, status, total_rows, submitted_by, owner,"
                        + " heartbeat_at) values (:kind, :mode, :matchKey, :leadsOnly, :fileName, :sheetName,"
                        + " :headerRow, cast(:headers as jsonb), 'QUEUED', :totalRows, :submittedBy, :owner, :now)"
                        + " returning id")
                .setParameter("kind", request.kind().name())
                .setParameter("mode", request.mode().name())
                .setParameter("matchKey", request.matchKey() == null ? null : request.matchKey().name())
                .setParameter("leadsOnly", request.leadsOnly())
                .setParameter("fileName", truncate(request.file().fileName(), 255))
                .setParameter("sheetName", truncate(request.sheet().sheetName(), 255))
                .setParameter("headerRow", request.sheet().headerRow() + 1)
                .setParameter("headers", json.writeValueAsString(request.sheet().headers()))
                .setParameter("totalRows", request.sheet().dataRows())
                .setParameter("submittedBy", submittedBy)
                .setParameter("owner", owner)
                .setParameter("now", now)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Transactional
    void start(long jobId, Instant now) {
        entityManager.createNativeQuery("update import_job set status = 'RUNNING', started_at = :now,"
                + " heartbeat_at = :now where id = :id").setParameter("now", now).setParameter("id", jobId)
                .executeUpdate();
    }

    /** Renews the lease of {@code owner}'s unfinished jobs among {@code jobIds}. */
    @Transactional
    void heartbeat(List<Long> jobIds, String owner, Instant now) {
        entityManager.createNativeQuery("update import_job set heartbeat_at = :now where id in (:ids)"
                        + " and owner = :owner and status in ('QUEUED', 'RUNNING')")
                .setParameter("now", now).setParameter("ids", jobIds).setParameter("owner", owner)
                .executeUpdate();
    }

    /**
     * Ends the job and records it in the audit trail as one entry with its counts: its rows went in by bulk SQL,
     * which the trail's capture of single records does not see.
     */
    @Transactional
    void finish(long jobId, ImportStatus status, String problemKey, List<String> problemArgs) {
        Tuple job = (Tuple) entityManager.createNativeQuery("update import_job set status = :status,"
                        + " finished_at = now(), rebuilding_indexes = false, problem_key = :key,"
                        + " problem_args = cast(:args as jsonb) where id = :id returning kind, mode, file_name,"
                        + " total_rows, created_count, updated_count, skipped_count, failed_count, submitted_by", Tuple.class)
                .setParameter("status", status.name())
                .setParameter("key", problemKey)
                .setParameter("args", problemArgs == null ? null : json.writeValueAsString(problemArgs))
                .setParameter("id", jobId)
                .getSingleResult();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", job.get("kind", String.class));
        details.put("mode", job.get("mode", String.class));
        details.put("status", status.name());
        details.put("file", job.get("file_name", String.class));
        for (String count : List.of("total_rows", "created_count", "updated_count", "skipped_count", "failed_count")) {
            details.put(count, job.get(count, Number.class).intValue());
        }
        if (problemKey != null) {
            details.put("problem", problemKey);
        }
        auditLog.record(AuditEntry.of("IMPORT").entity("IMPORT_JOB", jobId).summary(job.get("file_name", String.class))
                .details(details).by(job.get("submitted_by", UUID.class)));
        notices.publishEvent(new ImportFinished(TenantScope.require(), jobId, job.get("file_name", String.class),
                status.name(), job.get("submitted_by", UUID.class)));
    }

    /**
     * Marks a job that this instance does not hold as interrupted once its owner's lease on it expired before
     * {@code expiredBefore}. A job its owner keeps alive, or one that finished meanwhile, is left alone.
     */
    @Transactional
    void interruptIfExpired(long jobId, Instant expiredBefore) {
        entityManager.createNativeQuery("update import_job set status = 'FAILED', finished_at = now(),"
                        + " problem_key = 'import.job.interrupted', problem_args = '[]' where id = :id"
                        + " and status in ('QUEUED', 'RUNNING')"
                        + " and (heartbeat_at is null or heartbeat_at < :expiredBefore)")
                .setParameter("id", jobId).setParameter("expiredBefore", expiredBefore)
                .executeUpdate();
    }

    /** Marks every unfinished job whose lease expired before {@code expiredBefore} as interrupted; says how many. */
    @Transactional
    int interruptExpired(Instant expiredBefore) {
        return entityManager.createNativeQuery("update import_job set status = 'FAILED', finished_at = now(),"
                        + " problem_key = 'import.job.interrupted', problem_args = '[]'"
                        + " where status in ('QUEUED', 'RUNNING')"
                        + " and (heartbeat_at is null or heartbeat_at < :expiredBefore)")
                .setParameter("expiredBefore", expiredBefore)
                .executeUpdate();
    }

    /** The rows are in; the job now builds the customer indexes it suspended. */
    @Transactional
    void rebuildingIndexes(long jobId) {
        update("update import_job set rebuilding_indexes = true where id = :id", jobId);
    }

    @Transactional
    void requestCancel(long jobId) {
        update("update import_job set cancel_requested = true where id = :id and status in ('QUEUED', 'RUNNING')",
                jobId);
    }

    @Transactional(readOnly = true)
    boolean cancelRequested(long jobId) {
        return (Boolean) entityManager.createNativeQuery("select cancel_requested from import_job where id = :id")
                .setParameter("id", jobId).getSingleResult();
    }

    /** Records a committed batch, its refused rows and the job's new counts: call in the batch's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordBatch(long jobId, int number, int firstRow, int lastRow, Counts counts, List<RowProblem> problems) {
        entityManager.createNativeQuery("insert into import_batch (job_id, batch_number, first_row, last_row,"
                        + " created_count, updated_count, skipped_count, failed_count)"
                        + " values (:job, :number, :first, :last, :created, :updated, :skipped, :failed)")
                .setParameter("job", jobId).setParameter("number", number)
                .setParameter("first", firstRow).setParameter("last", lastRow)
                .setParameter("created", counts.created()).setParameter("updated", counts.updated())
                .setParameter("skipped", counts.skipped()).setParameter("failed", counts.failed())
                .executeUpdate();
        entityManager.createNativeQuery("update import_job set processed_rows = processed_rows + :rows,"
                        + " created_count = created_count + :created, updated_count = updated_count + :updated,"
                        + " skipped_count = skipped_count + :skipped, failed_count = failed_count + :failed"
                        + " where id = :job")
                .setParameter("rows", counts.created() + counts.updated() + counts.skipped() + counts.failed())
                .setParameter("created", counts.created()).setParameter("updated", counts.updated())
                .setParameter("skipped", counts.skipped()).setParameter("failed", counts.failed())
                .setParameter("job", jobId)
                .executeUpdate();
        if (problems.isEmpty()) {
            return;
        }
        int size = problems.size();
        Integer[] rows = new Integer[size];
        String[] outcomes = new String[size];
        String[] errors = new String[size];
        String[] cells = new String[size];
        for (int i = 0; i < size; i++) {
            RowProblem problem = problems.get(i);
            rows[i] = problem.row();
            outcomes[i] = problem.skipped() ? "SKIPPED" : "FAILED";
            errors[i] = json.writeValueAsString(problem.errors());
            cells[i] = json.writeValueAsString(problem.cells());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement("insert into import_row_problem (job_id, row_number,"
                    + " outcome, errors, cells) select ?, r, o, cast(e as jsonb), cast(c as jsonb)"
                    + " from unnest(cast(? as integer[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))"
                    + " as u(r, o, e, c)")) {
                statement.setLong(1, jobId);
                statement.setArray(2, connection.createArrayOf("integer", rows));
                statement.setArray(3, connection.createArrayOf("text", outcomes));
                statement.setArray(4, connection.createArrayOf("text", errors));
                statement.setArray(5, connection.createArrayOf("text", cells));
                statement.executeUpdate();
            }
        });
    }

    @Transactional(readOnly = true)
    List<ImportBatch> batches(long jobId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            var batches = new ArrayList<ImportBatch>();
            try (var statement = connection.prepareStatement("select batch_number, first_row, last_row,"
                    + " created_count, updated_count, skipped_count, failed_count, committed_at from import_batch"
                    + " where job_id = ? order by batch_number")) {
                statement.setLong(1, jobId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        batches.add(new ImportBatch(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4),
                                rows.getInt(5), rows.getInt(6), rows.getInt(7),
                                rows.getTimestamp(8).toInstant()));
                    }
                }
            }
            return batches;
        });
    }

    @Transactional(readOnly = true)
    List<String> headers(long jobId) {
        String headers = (String) entityManager.createNativeQuery(
                "select cast(headers as text) from import_job where id = :id").setParameter("id", jobId)
                .getSingleResult();
        return json.readValue(headers, new TypeReference<List<String>>() { });
    }

    /** Hands the job's refused and skipped rows to {@code sink} in row order, a few at a time from the database. */
    @Transactional(readOnly = true)
    void forEachProblem(long jobId, Consumer<StoredProblem> sink) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement("select row_number, outcome, cast(errors as text),"
                    + " cast(cells as text) from import_row_problem where job_id = ? order by row_number")) {
                statement.setFetchSize(500);
                statement.setLong(1, jobId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(new StoredProblem(rows.getInt(1), "SKIPPED".equals(rows.getString(2)),
                                json.readValue(rows.getString(3), new TypeReference<List<CellError>>() { }),
                                json.readValue(rows.getString(4), new TypeReference<List<String>>() { })));
                    }
                }
            }
        });
    }

    private void update(String sql, long jobId) {
        entityManager.createNativeQuery(sql).setParameter("id", jobId).executeUpdate();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
