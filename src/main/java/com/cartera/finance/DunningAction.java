package com.cartera.finance;

/** What a step of the dunning ladder asks of the person it gives the follow-up to. */
public enum DunningAction {
    REMINDER, CALL, ESCALATION
}
