package com.cartera.importexport;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a first pass over a sheet got, and the way to stop it: the next row read after a cancel stops it. */
final class ReadProgress {

    private final AtomicInteger rows = new AtomicInteger();
    private volatile boolean cancelled;

    static ReadProgress untracked() {
        return new ReadProgress();
    }

    /** Counts a row read. @throws ImportProblem when the reading was cancelled */
    void row() {
        if (cancelled) {
            throw new ImportProblem("import.reading.cancelled");
        }
        rows.incrementAndGet();
    }

    int rows() {
        return rows.get();
    }

    void cancel() {
        cancelled = true;
    }
}
