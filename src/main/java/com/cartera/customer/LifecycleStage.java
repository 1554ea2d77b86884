package com.cartera.customer;

/** Where a customer stands in the relationship, from first contact to lost. */
public enum LifecycleStage {
    LEAD, PROSPECT, ACTIVE, INACTIVE, LOST
}
