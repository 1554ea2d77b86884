package com.cartera.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * What a person entered for a follow-up, before it is checked.
 *
 * @param opportunityId one of the customer's opportunities, or null
 * @param assigneeId    who does it; null: whoever schedules it
 */
public record FollowUpDraft(Long customerId, Long opportunityId, FollowUpKind kind, Instant dueAt,
                            Integer durationMinutes, UUID assigneeId, String notes) {
}
