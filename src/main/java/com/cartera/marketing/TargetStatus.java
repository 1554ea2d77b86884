package com.cartera.marketing;

/** How far a target list member has come with the campaign. */
public enum TargetStatus {
    TARGETED, CONTACTED, RESPONDED, CONVERTED, UNSUBSCRIBED
}
