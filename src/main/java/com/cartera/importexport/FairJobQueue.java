package com.cartera.importexport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs jobs on a fixed set of worker threads, fairly between workspaces: a free worker takes the oldest waiting
 * job of the workspace that started a job least recently, and a workspace runs at most a few jobs at once and
 * has at most a few waiting. One workspace submitting many imports makes its own imports wait, not the others'.
 */
final class FairJobQueue {

    private record Job(long sequence, Runnable work) {
    }

    private final int perWorkspace;
    private final int capacity;
    private final int queuePerWorkspace;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, ArrayDeque<Job>> waiting = new HashMap<>();
    private final Map<String, Integer> running = new HashMap<>();
    /** Kept for every workspace that started a job since this instance started: a number per workspace. */
    private final Map<String, Long> lastStarted = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private long sequence;
    private int waitingTotal;
    private boolean stopped;

    /**
     * @param workers           jobs running at once
     * @param perWorkspace      jobs of one workspace running at once
     * @param capacity          jobs waiting, all workspaces together
     * @param queuePerWorkspace jobs of one workspace waiting
     */
    FairJobQueue(String name, int workers, int perWorkspace, int capacity, int queuePerWorkspace) {
        this.perWorkspace = perWorkspace;
        this.capacity = capacity;
        this.queuePerWorkspace = queuePerWorkspace;
        for (int i = 1; i <= workers; i++) {
            this.workers.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::work));
        }
    }

    /**
     * Queues {@code work} for {@code workspace}.
     *
     * @throws ImportProblem when the workspace, or the whole queue, has as many jobs waiting as it may
     */
    void submit(String workspace, Runnable work) {
        lock.lock();
        try {
            ArrayDeque<Job> queue = waiting.get(workspace);
            if (queue != null && queue.size() >= queuePerWorkspace) {
                throw new ImportProblem("import.busy.workspace", queuePerWorkspace);
            }
            if (waitingTotal >= capacity) {
                throw new ImportProblem("import.busy");
            }
            waiting.computeIfAbsent(workspace, w -> new ArrayDeque<>()).addLast(new Job(sequence++, work));
            waitingTotal++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            String workspace;
            Job job;
            lock.lock();
            try {
                while ((workspace = nextWorkspace()) == null) {
                    if (stopped) {
                        return;
                    }
                    changed.await();
                }
                ArrayDeque<Job> queue = waiting.get(workspace);
                job = queue.pollFirst();
                if (queue.isEmpty()) {
                    waiting.remove(workspace);
                }
                waitingTotal--;
                running.merge(workspace, 1, Integer::sum);
                lastStarted.put(workspace, sequence++);
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                job.work().run();
            } finally {
                lock.lock();
                try {
                    running.computeIfPresent(workspace, (w, count) -> count == 1 ? null : count - 1);
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** The workspace whose job starts next: below its running limit, started least recently, oldest job first. */
    private String nextWorkspace() {
        if (stopped) {
            return null;
        }
        String best = null;
        long bestStarted = 0;
        long bestSequence = 0;
        for (var entry : waiting.entrySet()) {
            Job head = entry.getValue().peekFirst();
            if (head == null || running.getOrDefault(entry.getKey(), 0) >= perWorkspace) {
                continue;
            }
            long started = lastStarted.getOrDefault(entry.getKey(), -1L);
            if (best == null || started < bestStarted || started == bestStarted && head.sequence() < bestSequence) {
                best = entry.getKey();
                bestStarted = started;
                bestSequence = head.sequence();
            }
        }
        return best;
    }

    /** Stops taking jobs and interrupts the running ones. */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        workers.forEach(Thread::interrupt);
    }
}
