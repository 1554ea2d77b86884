package com.cartera.support;

/** The two service-level targets of a ticket. */
public enum SlaDeadline {
    FIRST_RESPONSE, RESOLUTION
}
