package com.cartera.finance;

/** A step of the workspace's dunning ladder: when an overdue invoice reaches it, what to do and who does it. */
public record DunningStep(long id, int daysOverdue, DunningAction action, DunningAssignee assignee, boolean active) {
}
