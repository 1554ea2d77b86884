package com.cartera.activity;

/** How we were in touch with a customer. */
public enum InteractionKind {
    CALL, VISIT, EMAIL, MEETING, NOTE
}
