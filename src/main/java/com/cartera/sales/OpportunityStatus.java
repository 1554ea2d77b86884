package com.cartera.sales;

/** Where a deal stands: still being worked, won, or lost (with a reason). Follows the stage it is in. */
public enum OpportunityStatus {
    OPEN, WON, LOST
}
