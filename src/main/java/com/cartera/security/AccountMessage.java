package com.cartera.security;

import java.net.URI;

/**
 * One plain-text message to an account's address.
 *
 * @param link the one link the message is about, also inside {@code text}
 */
public record AccountMessage(String to, String subject, String text, URI link) {
}
