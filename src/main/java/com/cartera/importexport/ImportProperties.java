package com.cartera.importexport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and sizes of spreadsheet imports.
 *
 * @param maxRows          data rows a sheet may have; a longer sheet is refused before anything is written
 * @param maxFileBytes     size an uploaded file may have; the servlet container's request limits are set from it
 * @param maxEntryBytes    uncompressed size any part of an .xlsx may reach (zip-bomb guard)
 * @param minInflateRatio  smallest compressed/uncompressed ratio an .xlsx part may have (zip-bomb guard)
 * @param batchSize        rows committed per transaction; each committed batch is recorded in the job
 * @param workers          imports running at once (the others wait in the queue)
 * @param queueCapacity    imports that may wait, all workspaces together; beyond it a submission is refused
 * @param previewRows      rows shown, validated, in the wizard's preview
 * @param suspendIndexesFrom data rows from which a customer import into a table with no more rows than that
 *                         suspends the customer indexes and builds them at the end
 * @param indexLockTimeout how long suspending the indexes waits for the customer table before giving up (the
 *                         import then keeps the indexes up as it writes)
 * @param maxColumns       columns a sheet may use; a cell further right refuses the file while it is read
 * @param maxCellChars     characters a cell may hold (Excel's own limit); a longer one refuses the file, and
 *                         no more than this many characters of a cell are ever held in memory
 * @param previewCellChars characters of a cell shown in the wizard; longer ones are cut with "…"
 * @param workersPerWorkspace imports of one workspace running at once, so that one workspace cannot hold every worker
 * @param queuePerWorkspace imports one workspace may have waiting
 * @param inspectWorkers   uploaded files read at once to show their sheets and preview (off the request thread)
 * @param inspectQueue     file readings that may wait for a free reader
 * @param lease            how long a job stays owned by the instance running it without a heartbeat; after
 *                         that another instance may mark it interrupted
 * @param instanceId       this instance's name in the jobs it owns; a random one per start when not set
 */
@ConfigurationProperties("cartera.import")
public record ImportProperties(Integer maxRows, Long maxFileBytes, Long maxEntryBytes, Double minInflateRatio,
                               Integer batchSize, Integer workers, Integer queueCapacity, Integer previewRows,
                               Integer suspendIndexesFrom, Duration indexLockTimeout, Integer maxColumns,
                               Integer maxCellChars, Integer previewCellChars, Integer workersPerWorkspace,
                               Integer queuePerWorkspace, Integer inspectWorkers, Integer inspectQueue,
                               Duration lease, String instanceId) {

    /** Excel's own limit of characters in a cell. */
    public static final int EXCEL_CELL_CHARS = 32_767;

    public ImportProperties {
        maxRows = maxRows == null ? 1_000_000 : maxRows;
        maxFileBytes = maxFileBytes == null ? 300L * 1024 * 1024 : maxFileBytes;
        maxEntryBytes = maxEntryBytes == null ? 2L * 1024 * 1024 * 1024 : maxEntryBytes;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        batchSize = batchSize == null ? 2000 : batchSize;
        workers = workers == null ? 1 : workers;
        queueCapacity = queueCapacity == null ? 20 : queueCapacity;
        previewRows = previewRows == null ? 20 : previewRows;
        suspendIndexesFrom = suspendIndexesFrom == null ? 50_000 : suspendIndexesFrom;
        indexLockTimeout = indexLockTimeout == null ? Duration.ofSeconds(2) : indexLockTimeout;
        maxColumns = maxColumns == null ? 500 : maxColumns;
        maxCellChars = maxCellChars == null ? EXCEL_CELL_CHARS : maxCellChars;
        previewCellChars = previewCellChars == null ? 200 : previewCellChars;
        workersPerWorkspace = workersPerWorkspace == null ? 1 : workersPerWorkspace;
        queuePerWorkspace = queuePerWorkspace == null ? 5 : queuePerWorkspace;
        inspectWorkers = inspectWorkers == null ? 2 : inspectWorkers;
        inspectQueue = inspectQueue == null ? 10 : inspectQueue;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        instanceId = instanceId == null || instanceId.isBlank()
                ? "cartera-" + java.util.UUID.randomUUID().toString().substring(0, 8) : instanceId;
    }

    public static ImportProperties defaults() {
        return withMaxRows(null);
    }

    /** The defaults with another row limit, for tests that need a short one. */
    public static ImportProperties withMaxRows(Integer maxRows) {
        return new ImportProperties(maxRows, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
