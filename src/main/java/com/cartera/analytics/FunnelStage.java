package com.cartera.analytics;

/**
 * The stages of the lead funnel of a period (DESIGN §5): leads created in the period, and of them those who reached
 * the prospect stage (or a later one) and those who became customers, each by the period's end.
 */
public enum FunnelStage {
    LEADS,
    PROSPECTS,
    CUSTOMERS
}
