package com.cartera.activity;

import java.time.Instant;

/** How a follow-up went: the outcome, when it happened (null: now) and notes for the interaction it logs. */
public record FollowUpCompletion(InteractionOutcome outcome, Instant occurredAt, String notes) {
}
