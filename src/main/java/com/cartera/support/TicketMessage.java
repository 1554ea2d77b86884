package com.cartera.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a ticket's conversation with its attachments.
 *
 * @param sentTo the address a reply was mailed to; null for notes and for replies to a customer without an address
 */
public record TicketMessage(long id, long ticketId, MessageKind kind, String body, UUID authorId, String sentTo,
                            Instant createdAt, List<AttachmentInfo> attachments) {

    public TicketMessage {
        attachments = List.copyOf(attachments);
    }
}
