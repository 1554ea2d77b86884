package com.cartera.marketing;

/** How a campaign reaches people. */
public enum CampaignChannel {
    EMAIL, PAID_SEARCH, SOCIAL, EVENT, PRINT, PHONE, DIRECT_MAIL, PARTNER, OTHER
}
