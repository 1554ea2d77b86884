package com.cartera.support;

/**
 * Where a ticket is: NEW until someone takes it, OPEN while the desk works on it, PENDING while it waits for the
 * customer (the service-level clock stops), RESOLVED once answered (the customer may still reopen it within the
 * workspace's window), CLOSED for good.
 */
public enum TicketStatus {
    NEW, OPEN, PENDING, RESOLVED, CLOSED;

    /** Whether the desk still owes the customer something. */
    public boolean isOpen() {
        return this == NEW || this == OPEN || this == PENDING;
    }
}
