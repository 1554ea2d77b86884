package com.cartera.notification;

import org.springframework.stereotype.Component;

/**
 * Holds notifications back while bulk seeding writes history on someone's behalf (the demo workspace): its
 * hundreds of made-up assignments are nobody's news, and must not fill bells nor mailboxes.
 */
@Component
public class NotificationPause {

    private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);

    /** Runs {@code work} on this thread with nobody notified of what it does. */
    public void during(Runnable work) {
        boolean before = PAUSED.get();
        PAUSED.set(true);
        try {
            work.run();
        } finally {
            PAUSED.set(before);
        }
    }

    static boolean paused() {
        return PAUSED.get();
    }
}
