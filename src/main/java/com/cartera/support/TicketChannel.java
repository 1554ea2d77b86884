package com.cartera.support;

/** How the ticket reached the desk. */
public enum TicketChannel {
    PHONE, EMAIL, WEB_FORM, VISIT, CHAT
}
