package com.cartera.importexport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * An uploaded file being read in the background to show its sheet: how many rows were read so far, the result
 * once done, and a way to stop it. Polled by the wizard; nothing of it runs on the request thread.
 */
public final class Inspection {

    /** What the wizard shows of a file: the file with its sheets and the preview of the chosen sheet. */
    public record Inspected(ImportFile file, SheetPreview preview) {
    }

    private final ReadProgress progress;
    private final CompletableFuture<Inspected> result;
    private volatile Future<?> running;

    Inspection(ReadProgress progress, CompletableFuture<Inspected> result) {
        this.progress = progress;
        this.result = result;
    }

    void runningAs(Future<?> task) {
        this.running = task;
    }

    public int rowsRead() {
        return progress.rows();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /**
     * The file and its preview once {@link #isDone()}.
     *
     * @throws ImportProblem when the file cannot be imported, saying why, or when the reading was cancelled
     */
    public Inspected result() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImportProblem problem) {
                throw problem;
            }
            throw e;
        } catch (CancellationException e) {
            throw new ImportProblem(e, "import.reading.cancelled");
        }
    }

    /** Stops the reading at its next row, or while it waits for a reader. */
    public void cancel() {
        progress.cancel();
        Future<?> task = running;
        if (task != null) {
            task.cancel(true);
        }
        result.cancel(false);
    }
}
