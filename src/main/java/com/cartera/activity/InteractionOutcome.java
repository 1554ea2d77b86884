package com.cartera.activity;

/** How an interaction went. {@code AWAITING_REPLY}: we are waiting for the customer's answer. */
public enum InteractionOutcome {
    POSITIVE, NEUTRAL, NEGATIVE, NO_ANSWER, AWAITING_REPLY
}
