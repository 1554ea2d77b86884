package com.cartera.activity;

/** Whether a follow-up is still to do, done (with an outcome, which logged an interaction) or called off. */
public enum FollowUpStatus {
    OPEN, DONE, CANCELLED
}
