package com.cartera.importexport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and sizes of spreadsheet imports.
 *
 * @param maxRows          data rows a sheet may have; a longer sheet is refused before anything is written
 * @param maxFileBytes     size an uploaded file may have
 * @param maxEntryBytes    uncompressed size any part of an .xlsx may reach (zip-bomb guard)
 * @param minInflateRatio  smallest compressed/uncompressed ratio an .xlsx part may have (zip-bomb guard)
 * @param batchSize        rows committed per transaction; each committed batch is recorded in the job
 * @param workers          imports running at once (the others wait in the queue)
 * @param queueCapacity    imports that may wait; beyond it a submission is refused
 * @param previewRows      rows shown, validated, in the wizard's preview
 * @param suspendIndexesFrom data rows from which a customer import into a table with no more rows than that
 *                         suspends the customer indexes and builds them at the end
 * @param indexLockTimeout how long suspending the indexes waits for the customer table before giving up (the
 *                         import then keeps the indexes up as it writes)
 */
@ConfigurationProperties("cartera.import")
public record ImportProperties(Integer maxRows, Long maxFileBytes, Long maxEntryBytes, Double minInflateRatio,
                               Integer batchSize, Integer workers, Integer queueCapacity, Integer previewRows,
                               Integer suspendIndexesFrom, Duration indexLockTimeout) {

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
    }

    public static ImportProperties defaults() {
        return new ImportProperties(null, null, null, null, null, null, null, null, null, null);
    }
}
