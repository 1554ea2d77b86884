package com.cartera.finance;

/** Who a dunning step's follow-up goes to: the customer's owner, or the finance team. */
public enum DunningAssignee {
    OWNER, FINANCE
}
