package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two workspaces share the import workers: one with many imports waiting does not hold up the other. */
class FairJobQueueTest {

    private final BlockingQueue<String> started = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private FairJobQueue queue;

    @AfterEach
    void stop() {
        release.countDown();
        queue.stop();
    }

    private Runnable job(String name) {
        return () -> started.add(name);
    }

    /** A job that holds its worker until the test releases it. */
    private Runnable blocking(String name) {
        return () -> {
            started.add(name);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private String nextStarted() throws InterruptedException {
        String name = started.poll(30, TimeUnit.SECONDS);
        assertThat(name).as("a job started").isNotNull();
        return name;
    }

    @Test
    void theWorkspaceThatRanLeastRecentlyGoesFirst() throws InterruptedException {
        queue = new FairJobQueue("fair", 1, 1, 20, 5);
        queue.submit("a", blocking("a1"));
        assertThat(nextStarted()).isEqualTo("a1");
        queue.submit("a", job("a2"));
        queue.submit("a", job("a3"));
        queue.submit("b", job("b1"));
        release.countDown();
        // First come, first served would run a2 and a3 before b1.
        assertThat(java.util.List.of(nextStarted(), nextStarted(), nextStarted())).containsExactly("b1", "a2", "a3");
    }

    @Test
    void aWorkspaceRunsNoMoreThanItsShareOfTheWorkers() throws InterruptedException {
        queue = new FairJobQueue("fair", 2, 1, 20, 5);
        queue.submit("a", blocking("a1"));
        assertThat(nextStarted()).isEqualTo("a1");
        queue.submit("a", job("a2"));
        queue.submit("b", job("b1"));
        // The second worker takes b1 while a1 runs; a2 waits for a1 although a worker is free.
        assertThat(nextStarted()).isEqualTo("b1");
        assertThat(started.poll(200, TimeUnit.MILLISECONDS)).isNull();
        release.countDown();
        assertThat(nextStarted()).isEqualTo("a2");
    }

    @Test
    void aWorkspaceWithAFullQueueIsRefusedWhileOthersStillGetIn() throws InterruptedException {
        queue = new FairJobQueue("fair", 1, 1, 20, 2);
        queue.submit("a", blocking("a1"));
        assertThat(nextStarted()).isEqualTo("a1");
        queue.submit("a", job("a2"));
        queue.submit("a", job("a3"));
        assertThatThrownBy(() -> queue.submit("a", job("a4"))).isInstanceOfSatisfying(ImportProblem.class, problem -> {
            assertThat(problem.key()).isEqualTo("import.busy.workspace");
            assertThat(problem.args()).containsExactly("2");
        });
        queue.submit("b", job("b1"));
        release.countDown();
        assertThat(nextStarted()).isEqualTo("b1");
    }
}
