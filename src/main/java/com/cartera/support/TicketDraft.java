package com.cartera.support;

import java.util.UUID;

/**
 * What a new ticket is opened with. Required: customer, type, channel, subject, priority; the rest may be null.
 *
 * @param contactPersonId one of the customer's contact persons, the one the conversation is with
 * @param assigneeId      a team member to take it at once (the ticket then opens as OPEN, else NEW)
 * @param teamId          the team queue it goes to
 */
public record TicketDraft(Long customerId, Long contactPersonId, TicketType type, TicketChannel channel,
                          String subject, String description, TicketPriority priority, Long categoryId,
                          Long productId, UUID assigneeId, Long teamId) {
}
