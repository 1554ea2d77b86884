package com.cartera.importexport;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cartera.commerce.PurchaseBulkImport;
import com.cartera.customer.CustomerBulkImport;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs in the background on a small, bounded pool, each inside its workspace's tenant scope.
 * The sheet is streamed; every batch of rows is applied in its own transaction together with its record in
 * the job, so a job that stops (cancelled, or failing) has applied exactly the batches it lists. Cancelling
 * takes effect between batches.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobStore store;
    private final SpreadsheetFiles files;
    private final ImportProperties properties;
    private final Validator validator;
    private final CustomerBulkImport customers;
    private final PurchaseBulkImport purchases;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor executor;
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    ImportRunner(ImportJobStore store, SpreadsheetFiles files, ImportProperties properties, Validator validator,
                 CustomerBulkImport customers, PurchaseBulkImport purchases,
                 PlatformTransactionManager transactionManager) {
        this.store = store;
        this.files = files;
        this.properties = properties;
        this.validator = validator;
        this.customers = customers;
        this.purchases = purchases;
        this.transactions = new TransactionTemplate(transactionManager);
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), work -> {
                    Thread thread = new Thread(work, "import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues the job.
     *
     * @throws ImportProblem when the queue is full
     */
    void submit(ImportRequest request, long jobId) {
        String key = key(request, jobId);
        active.add(key);
        try {
            executor.execute(() -> {
                try {
                    TenantScope.run(request.tenant(), () -> run(request, jobId));
                } finally {
                    active.remove(key);
                    deleteQuietly(request);
                }
            });
        } catch (RejectedExecutionException e) {
            active.remove(key);
            throw new ImportProblem(e, "import.busy");
        }
    }

    /** Whether the job is queued or running in this process (a job left running by a stopped one is not). */
    boolean isActive(com.cartera.tenancy.TenantRef tenant, long jobId) {
        return active.contains(tenant.schema() + "/" + jobId);
    }

    private static String key(ImportRequest request, long jobId) {
        return request.tenant().schema() + "/" + jobId;
    }

    private void run(ImportRequest request, long jobId) {
        store.start(jobId);
        BatchProcessor processor = request.kind() == ImportKind.CUSTOMERS
                ? new CustomerBatches(request, validator, customers)
                : new PurchaseBatches(request, customers, purchases);
        var batch = new ArrayList<BatchProcessor.SourceRow>(properties.batchSize());
        int[] batchNumber = {0};
        boolean[] cancelled = {false};
        int headerRow = request.sheet().headerRow();
        try (SpreadsheetSource source = files.open(request.file().file().toPath(), request.file().fileName())) {
            source.read(request.sheet().sheet(), request.sheet().scan(), (row, cells) -> {
                if (row <= headerRow) {
                    return true;
                }
                batch.add(new BatchProcessor.SourceRow(row + 1, cells));
                if (batch.size() < properties.batchSize()) {
                    return true;
                }
                if (store.cancelRequested(jobId)) {
                    cancelled[0] = true;
                    return false;
                }
                apply(jobId, ++batchNumber[0], batch, processor);
                batch.clear();
                return true;
            });
            if (!cancelled[0] && !batch.isEmpty()) {
                if (store.cancelRequested(jobId)) {
                    cancelled[0] = true;
                } else {
                    apply(jobId, ++batchNumber[0], batch, processor);
                }
            }
            store.finish(jobId, cancelled[0] ? ImportStatus.CANCELLED : ImportStatus.COMPLETED, null, null);
        } catch (ImportProblem problem) {
            log.info("Import job {} in {} stopped: {}", jobId, request.tenant().slug(), problem.getMessage());
            store.finish(jobId, ImportStatus.FAILED, problem.key(), problem.args());
        } catch (RuntimeException e) {
            String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            log.error("Import job {} in {} failed at batch {} (reference {})", jobId, request.tenant().slug(),
                    batchNumber[0], reference, e);
            store.finish(jobId, ImportStatus.FAILED, "import.job.failed",
                    List.of(Integer.toString(Math.max(0, batchNumber[0] - 1)), reference));
        }
    }

    private void apply(long jobId, int number, List<BatchProcessor.SourceRow> rows, BatchProcessor processor) {
        transactions.executeWithoutResult(status -> {
            BatchProcessor.Outcome outcome = processor.apply(rows);
            store.recordBatch(jobId, number, rows.getFirst().row(), rows.getLast().row(), outcome.counts(),
                    outcome.problems());
        });
    }

    private static void deleteQuietly(ImportRequest request) {
        try {
            Files.deleteIfExists(request.file().file().toPath());
        } catch (java.io.IOException e) {
            log.warn("Could not delete the uploaded file {}", request.file().file(), e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
