package com.cartera.mail;

/** One message handed to the transport, as stored in an outbox row. */
record OutgoingMail(String messageId, String from, String replyTo, String to, String subject, String text,
                    String html) {
}
