package com.cartera.support;

import java.time.Instant;

/**
 * A ticket's service level as of one moment: both targets and the state of the ticket against them.
 *
 * @param paused whether the clock is stopped because the ticket waits for the customer
 */
public record TicketSla(long ticketId, TicketPriority priority, SlaState state, boolean paused, Deadline firstResponse,
                        Deadline resolution) {

    /**
     * One target.
     *
     * @param targetMinutes business minutes the target allows
     * @param due           when it falls due with the pauses so far (while paused, it moves on resuming)
     * @param doneAt        when it was met or missed for good (the first reply; the resolution), or null
     * @param breached      whether it was missed
     * @param minutesLeft   business minutes left while it runs (negative: overdue by that many); null once done
     */
    public record Deadline(long targetMinutes, Instant due, Instant doneAt, boolean breached, Long minutesLeft) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** The target the desk works against now: the first response until it is sent, then the resolution; or null. */
    public SlaDeadline running() {
        if (!firstResponse.done()) {
            return SlaDeadline.FIRST_RESPONSE;
        }
        return resolution.done() ? null : SlaDeadline.RESOLUTION;
    }

    /** Business minutes left on the running target (negative when overdue), or null when none runs. */
    public Long minutesLeft() {
        SlaDeadline running = running();
        return running == null ? null : deadline(running).minutesLeft();
    }

    public Deadline deadline(SlaDeadline which) {
        return which == SlaDeadline.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
