package com.cartera.mail;

/** A message as it is stored and sent: subject, plain-text part and HTML part. */
record RenderedMail(String subject, String text, String html) {
}
