package com.cartera.support;

/**
 * Where a ticket stands against its service-level targets: ON_TRACK, AT_RISK (the running target has its warning
 * share or less left), BREACHED (a target was missed; it stays so), PAUSED (waiting for the customer), MET (resolved
 * within its targets).
 */
public enum SlaState {
    ON_TRACK, AT_RISK, BREACHED, PAUSED, MET
}
