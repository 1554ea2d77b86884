package com.cartera.security;

import java.util.List;
import java.util.Locale;

/**
 * One message to an account's address, rendered by the mail module from the texts {@code mail.<template>.subject}
 * and {@code mail.<template>.text} ({@link java.text.MessageFormat} patterns over {@code arguments}).
 *
 * @param linkPath the path (starting with a slash) of the one link the message is about, behind its button
 */
public record AccountMessage(String to, Locale locale, String template, List<Object> arguments, String linkPath) {

    public AccountMessage {
        arguments = List.copyOf(arguments);
    }
}
