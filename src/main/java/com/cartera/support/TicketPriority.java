package com.cartera.support;

/** How urgent the ticket is; each priority has its own service-level targets. */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
