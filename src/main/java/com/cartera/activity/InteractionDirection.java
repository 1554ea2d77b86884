package com.cartera.activity;

/** Who started an interaction: we did (outbound) or the customer did (inbound). */
public enum InteractionDirection {
    OUTBOUND, INBOUND
}
