package com.cartera.commerce;

/** Where a purchase was made. */
public enum SalesChannel {
    STORE, ONLINE, PHONE, SALES_REP, MARKETPLACE, OTHER
}
