package com.cartera.support.sla;

import java.time.Duration;

import com.cartera.support.TicketPriority;

/**
 * The targets of one priority in business minutes, and the share of a target left at which its warning starts.
 * Defaults (V33): URGENT 1 h / 8 h, HIGH 4 h / 24 h, NORMAL 8 h / 40 h, LOW 16 h / 80 h, warning at 25 % left.
 */
public record SlaTarget(TicketPriority priority, int firstResponseMinutes, int resolutionMinutes, int warnPercent,
                        long version) {

    public static final int MAX_MINUTES = 100_000;

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }

    /** The share of {@code target} left at which the warning starts. */
    public Duration warning(Duration target) {
        return Duration.ofSeconds(target.toSeconds() * warnPercent / 100);
    }
}
