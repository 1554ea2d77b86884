package com.cartera.support;

/** What CSAT can be broken down by: the ticket's agent, team and category when it was resolved, or its customer. */
public enum CsatGrouping {
    AGENT, TEAM, CATEGORY, CUSTOMER
}
