package com.cartera.support;

/** A message on a ticket: a reply mailed to the customer, an internal note, or what the customer wrote. */
public enum MessageKind {
    REPLY, NOTE, CUSTOMER
}
