package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/** One line of a ticket queue, read in one query with its customer, assignee, team and category names. */
public record TicketQueueRow(long id, long version, String subject, TicketStatus status, TicketPriority priority,
                             TicketType type, long customerId, String customerName, UUID assigneeId,
                             String assigneeName, Long teamId, String teamName, Long categoryId,
                             String categoryName, Instant openedAt, Instant updatedAt) {
}
