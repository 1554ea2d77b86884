package com.cartera.activity;

import java.time.Instant;

/** What a person entered for an interaction, before it is checked. */
public record InteractionDraft(InteractionKind kind, InteractionDirection direction, Instant occurredAt,
                               InteractionOutcome outcome, String notes) {
}
