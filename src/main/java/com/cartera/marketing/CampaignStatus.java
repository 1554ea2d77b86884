package com.cartera.marketing;

/** Where a campaign is in its life: PLANNED before it starts, RUNNING while it reaches people, FINISHED after. */
public enum CampaignStatus {
    PLANNED, RUNNING, FINISHED
}
