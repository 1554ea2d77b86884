package com.cartera.customer;

/** Where a customer came from. A referral names the customer who referred them. */
public enum CustomerSource {
    WEBSITE, CAMPAIGN, REFERRAL, EVENT, COLD_CALL, SOCIAL, PARTNER, IMPORT, OTHER
}
