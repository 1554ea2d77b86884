package com.cartera.support;

import java.time.Instant;

/** A file on a ticket, without its content. */
public record AttachmentInfo(long id, long ticketId, Long messageId, String fileName, String contentType,
                             long sizeBytes, Instant uploadedAt) {
}
