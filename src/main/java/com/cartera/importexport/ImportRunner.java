package com.cartera.importexport;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.cartera.base.db.BulkWork;
import com.cartera.commerce.PurchaseBulkImport;
import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.CustomerIndexes;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.InvoiceBulkImport;
import com.cartera.finance.PaymentBulkImport;
import com.cartera.marketing.SpendBulkImport;
import com.cartera.tenancy.TenantRef;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs in the background on a small, bounded pool shared fairly between workspaces
 * ({@link FairJobQueue}), each inside its workspace's tenant scope. This instance owns the jobs it holds, queued
 * or running, and renews their heartbeat while it holds them, so that another instance never takes them for
 * lost.
 * The sheet is streamed; every batch of rows is applied in its own transaction together with its record in
 * the job, so a job that stops (cancelled, or failing) has applied exactly the batches it lists. Cancelling
 * takes effect between batches. The sheet is read and checked on a second thread, a batch or two ahead of the
 * writes. A large customer import suspends the customer indexes and builds them again before the job ends,
 * however it ends ({@link CustomerIndexes}). Batches and the rebuild run with bulk time limits ({@link BulkWork}),
 * not a request's.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /**
     * A batch is handed over early once its cells hold this many characters: 2,000 rows of 500 cells of up to
     * 32,767 characters each would otherwise fill the heap, twice over with the batch read ahead.
     */
    private static final long MAX_BATCH_CHARS = 4_000_000;

    private final ImportJobStore store;
    private final SpreadsheetFiles files;
    private final ImportProperties properties;
    private final Validator validator;
    private final CustomerBulkImport customers;
    private final CustomerIndexes indexes;
    private final PurchaseBulkImport purchases;
    private final SpendBulkImport spend;
    private final InvoiceBulkImport invoices;
    private final PaymentBulkImport payments;
    private final WorkspaceCalendar calendar;
    private final BulkWork bulkWork;
    private final Clock clock;
    private final FairJobQueue queue;
    private final ScheduledExecutorService heartbeat;
    /** The jobs this instance holds, queued or running, by tenant schema and id. */
    private final Map<String, HeldJob> held = new ConcurrentHashMap<>();

    private record HeldJob(TenantRef tenant, long jobId) {
    }

    ImportRunner(ImportJobStore store, SpreadsheetFiles files, ImportProperties properties, Validator validator,
                 CustomerBulkImport customers, CustomerIndexes indexes, PurchaseBulkImport purchases,
                 SpendBulkImport spend, InvoiceBulkImport invoices, PaymentBulkImport payments,
                 WorkspaceCalendar calendar, BulkWork bulkWork, Clock clock) {
        this.store = store;
        this.files = files;
        this.properties = properties;
        this.validator = validator;
        this.customers = customers;
        this.indexes = indexes;
        this.purchases = purchases;
        this.spend = spend;
        this.invoices = invoices;
        this.payments = payments;
        this.calendar = calendar;
        this.bulkWork = bulkWork;
        this.clock = clock;
        this.queue = new FairJobQueue("import", properties.workers(), properties.workersPerWorkspace(),
                properties.queueCapacity(), properties.queuePerWorkspace());
        long beat = Math.max(1000, properties.lease().toMillis() / 4);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                work -> Thread.ofPlatform().daemon().name("import-heartbeat").unstarted(work));
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** The name this instance gives itself in the jobs it owns. */
    String instanceId() {
        return properties.instanceId();
    }

    /**
     * Queues the job, which {@code store} created owned by this instance.
     *
     * @throws ImportProblem when the workspace's queue or the whole queue is full
     */
    void submit(ImportRequest request, long jobId) {
        String key = key(request.tenant(), jobId);
        held.put(key, new HeldJob(request.tenant(), jobId));
        try {
            queue.submit(request.tenant().schema(), () -> {
                try {
                    TenantScope.run(request.tenant(), () -> run(request, jobId));
                } finally {
                    held.remove(key);
                    deleteQuietly(request);
                }
            });
        } catch (ImportProblem full) {
            held.remove(key);
            throw full;
        }
    }

    /** Whether the job is queued or running in this instance (a job left running by a stopped one is not). */
    boolean isActive(TenantRef tenant, long jobId) {
        return held.containsKey(key(tenant, jobId));
    }

    private static String key(TenantRef tenant, long jobId) {
        return tenant.schema() + "/" + jobId;
    }

    /** Renews the heartbeat of every job this instance holds, one workspace at a time. */
    private void beat() {
        var byTenant = held.values().stream().collect(Collectors.groupingBy(HeldJob::tenant,
                Collectors.mapping(HeldJob::jobId, Collectors.toList())));
        byTenant.forEach((tenant, jobIds) -> {
            try {
                TenantScope.run(tenant, () -> store.heartbeat(jobIds, properties.instanceId(), clock.instant()));
            } catch (RuntimeException e) {
                log.warn("Could not renew the heartbeat of import jobs {} in {}", jobIds, tenant.slug(), e);
            }
        });
    }

    /** How a job ended: its status and, when it failed, why (a translation key and its arguments). */
    private record Ending(ImportStatus status, String problemKey, List<String> problemArgs) {
    }

    private void run(ImportRequest request, long jobId) {
        store.start(jobId, clock.instant());
        boolean suspended = false;
        int[] batchNumber = {0};
        Ending ending;
        try {
            suspended = suspendIndexes(request, jobId);
            ending = new Ending(readAndApply(request, jobId, batchNumber), null, null);
        } catch (ImportProblem problem) {
            log.info("Import job {} in {} stopped: {}", jobId, request.tenant().slug(), problem.getMessage());
            ending = new Ending(ImportStatus.FAILED, problem.key(), problem.args());
        } catch (RuntimeException e) {
            String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            log.error("Import job {} in {} failed at batch {} (reference {})", jobId, request.tenant().slug(),
                    batchNumber[0], reference, e);
            ending = new Ending(ImportStatus.FAILED, "import.job.failed",
                    List.of(Integer.toString(Math.max(0, batchNumber[0] - 1)), reference));
        }
        if (suspended) {
            rebuildIndexes(request, jobId);
        }
        store.finish(jobId, ending.status(), ending.problemKey(), ending.problemArgs());
    }

    /** Streams the sheet and applies it batch by batch; says whether it got to the end or was cancelled. */
    private ImportStatus readAndApply(ImportRequest request, long jobId, int[] batchNumber) {
        return switch (request.kind()) {
            case CUSTOMERS -> readAndApply(request, jobId, new CustomerBatches(request, validator, customers),
                    batchNumber);
            case PURCHASES -> readAndApply(request, jobId, new PurchaseBatches(request, customers, purchases),
                    batchNumber);
            case SPEND -> readAndApply(request, jobId, new SpendBatches(request, spend), batchNumber);
            case INVOICES -> readAndApply(request, jobId, new InvoiceBatches(request, invoices), batchNumber);
            case PAYMENTS -> readAndApply(request, jobId, new PaymentBatches(request, payments, calendar::today),
                    batchNumber);
        };
    }

    /** A batch the reading thread hands to the writing one: rows read and checked, the end, or a failure. */
    private record HandOver<P>(int firstRow, int lastRow, P batch, RuntimeException failure) {

        static <P> HandOver<P> end() {
            return new HandOver<>(0, 0, null, null);
        }

        boolean isEnd() {
            return batch == null && failure == null;
        }
    }

    /**
     * Reading and checking the sheet runs on a thread of its own, one or two batches ahead of this one, which
     * applies them in order: the sheet's parsing and the database's writing overlap on two cores.
     */
    private <P> ImportStatus readAndApply(ImportRequest request, long jobId, BatchProcessor<P> processor,
                                          int[] batchNumber) {
        var queue = new ArrayBlockingQueue<HandOver<P>>(2);
        var stop = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().daemon().name(Thread.currentThread().getName() + "-reader")
                .start(() -> read(request, processor, queue, stop));
        try {
            while (true) {
                HandOver<P> next = queue.take();
                if (next.failure() != null) {
                    throw next.failure();
                }
                if (next.isEnd()) {
                    return ImportStatus.COMPLETED;
                }
                if (store.cancelRequested(jobId)) {
                    return ImportStatus.CANCELLED;
                }
                apply(jobId, ++batchNumber[0], next, processor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import job " + jobId + " interrupted", e);
        } finally {
            stopReading(reader, stop);
        }
    }

    /** Stops the reading thread (at its next batch at the latest) and waits until it has let go of the file. */
    private static void stopReading(Thread reader, AtomicBoolean stop) {
        stop.set(true);
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <P> void read(ImportRequest request, BatchProcessor<P> processor, BlockingQueue<HandOver<P>> queue,
                          AtomicBoolean stop) {
        var batch = new ArrayList<BatchProcessor.SourceRow>(properties.batchSize());
        long[] batchChars = {0};
        int[] lastRow = {0};
        int headerRow = request.sheet().headerRow();
        try (SpreadsheetSource source = files.open(request.file().file().toPath(), request.file().fileName())) {
            source.read(request.sheet().sheet(), request.sheet().scan(), (row, cells) -> {
                if (row <= headerRow) {
                    return true;
                }
                batch.add(new BatchProcessor.SourceRow(row + 1, cells));
                lastRow[0] = row + 1;
                batchChars[0] += chars(cells);
                if (batch.size() < properties.batchSize() && batchChars[0] < MAX_BATCH_CHARS) {
                    return true;
                }
                boolean handedOver = handOver(prepared(processor, batch), queue, stop);
                batch.clear();
                batchChars[0] = 0;
                return handedOver;
            });
            if (!batch.isEmpty() && !handOver(prepared(processor, batch), queue, stop)) {
                return;
            }
            P rest = processor.rest();
            if (rest != null && !handOver(new HandOver<>(lastRow[0], lastRow[0], rest, null), queue, stop)) {
                return;
            }
            handOver(HandOver.end(), queue, stop);
        } catch (RuntimeException e) {
            handOver(new HandOver<>(0, 0, null, e), queue, stop);
        }
    }

    private static long chars(String[] cells) {
        long total = 0;
        for (String cell : cells) {
            total += cell == null ? 0 : cell.length();
        }
        return total;
    }

    private static <P> HandOver<P> prepared(BatchProcessor<P> processor, List<BatchProcessor.SourceRow> rows) {
        return new HandOver<>(rows.getFirst().row(), rows.getLast().row(), processor.prepare(List.copyOf(rows)),
                null);
    }

    /** Waits for room in the queue; false when the writing thread has stopped taking batches. */
    private static <P> boolean handOver(HandOver<P> item, BlockingQueue<HandOver<P>> queue, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * A customer import at least as long as the table it goes into, and long enough to matter, writes without
     * keeping up the table's search and sort indexes and builds them at the end, which costs far less.
     */
    private boolean suspendIndexes(ImportRequest request, long jobId) {
        int rows = request.sheet().dataRows();
        if (request.kind() != ImportKind.CUSTOMERS || rows < properties.suspendIndexesFrom()
                || rows < indexes.tableRows()) {
            return false;
        }
        List<String> suspended = indexes.suspend((int) properties.indexLockTimeout().toMillis());
        if (suspended.isEmpty()) {
            log.info("Import job {} in {}: the customer table is busy, its indexes are kept up row by row", jobId,
                    request.tenant().slug());
            return false;
        }
        log.info("Import job {} in {}: {} customer indexes suspended for {} rows", jobId, request.tenant().slug(),
                suspended.size(), rows);
        return true;
    }

    /** Builds the suspended indexes, whatever the job's ending; if that fails, the next start builds them. */
    private void rebuildIndexes(ImportRequest request, long jobId) {
        try {
            store.rebuildingIndexes(jobId);
            long start = System.nanoTime();
            int built = bulkWork.inTransaction(BulkWork.Job.INDEX_REBUILD, indexes::rebuild);
            log.info("Import job {} in {}: {} customer indexes built in {} ms", jobId, request.tenant().slug(), built,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Import job {} in {}: the suspended customer indexes could not be built; the next start of"
                    + " the application builds them", jobId, request.tenant().slug(), e);
        }
    }

    private <P> void apply(long jobId, int number, HandOver<P> next, BatchProcessor<P> processor) {
        bulkWork.run(BulkWork.Job.IMPORT_BATCH, () -> {
            BatchProcessor.Outcome outcome = processor.apply(next.batch());
            store.recordBatch(jobId, number, next.firstRow(), next.lastRow(), outcome.counts(), outcome.problems());
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
        heartbeat.shutdownNow();
        queue.stop();
    }
}
