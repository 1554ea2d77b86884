package com.cartera.importexport;

import java.io.File;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Reads uploaded files to show their sheets on a small, bounded pool of threads, so that a large or hostile file
 * ties up neither the request thread nor the person's session: the wizard polls the {@link Inspection}.
 */
@Component
class FileInspections {

    private final ImportInspector inspector;
    private final ThreadPoolExecutor executor;

    FileInspections(ImportInspector inspector, ImportProperties properties) {
        this.inspector = inspector;
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.inspectWorkers(), properties.inspectWorkers(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.inspectQueue()),
                work -> Thread.ofPlatform().daemon().name("import-reader-" + threads.incrementAndGet())
                        .unstarted(work));
    }

    /** Opens an uploaded file and previews its first sheet. */
    Inspection open(File uploaded, String fileName, ImportKind kind) {
        return start(progress -> {
            ImportFile file = inspector.open(uploaded, fileName);
            return new Inspection.Inspected(file, inspector.preview(file, 0, null, kind, progress));
        });
    }

    /** Previews another sheet of an opened file, or the same with another header row. */
    Inspection preview(ImportFile file, int sheet, Integer headerRow, ImportKind kind) {
        return start(progress -> new Inspection.Inspected(file,
                inspector.preview(file, sheet, headerRow, kind, progress)));
    }

    @FunctionalInterface
    private interface Work {
        Inspection.Inspected run(ReadProgress progress);
    }

    private Inspection start(Work work) {
        var progress = new ReadProgress();
        var result = new CompletableFuture<Inspection.Inspected>();
        var inspection = new Inspection(progress, result);
        try {
            inspection.runningAs(executor.submit(() -> {
                try {
                    result.complete(work.run(progress));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }));
        } catch (RejectedExecutionException e) {
            throw new ImportProblem(e, "import.reading.busy");
        }
        return inspection;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
