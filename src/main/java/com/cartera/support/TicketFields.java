package com.cartera.support;

/**
 * The editable description of a ticket, as the ticket page changes it; assignment and status change on their own.
 * Required: type, channel, subject, priority.
 */
public record TicketFields(Long contactPersonId, TicketType type, TicketChannel channel, String subject,
                           String description, TicketPriority priority, Long categoryId, Long productId) {

    /** The ticket's current values, to start an edit from. */
    public static TicketFields of(Ticket ticket) {
        return new TicketFields(ticket.getContactPersonId(), ticket.getType(), ticket.getChannel(), ticket.getSubject(),
                ticket.getDescription(), ticket.getPriority(), ticket.getCategoryId(), ticket.getProductId());
    }
}
