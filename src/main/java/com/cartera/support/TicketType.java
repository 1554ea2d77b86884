package com.cartera.support;

/** What the customer came with. */
public enum TicketType {
    INCIDENT, INQUIRY, COMPLAINT, REQUEST
}
