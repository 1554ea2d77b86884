package com.cartera.marketing;

/** What money was spent on. */
public enum SpendCategory {
    MEDIA, EVENTS, CONTENT, TOOLS, SALES_COMMISSIONS, SALARIES_SHARE, OTHER
}
