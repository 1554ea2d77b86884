package com.cartera.mail;

import java.util.List;
import java.util.Locale;

/**
 * One message to render from a template and send: the mail module renders it in the recipient's language, as HTML
 * with a plain-text part, with the workspace's name and a link back.
 *
 * @param to        the recipient's address
 * @param locale    the recipient's language
 * @param template  the message kind; its texts are the translation keys {@code mail.<template>.subject} and
 *                  {@code mail.<template>.text} ({@link java.text.MessageFormat} patterns over {@code arguments})
 * @param arguments the values of the patterns' placeholders {0}, {1}, …
 * @param items     lines shown as a list under the text (a digest's follow-ups), possibly empty
 * @param linkPath  where the message's button leads, a path of Cartera starting with a slash (the public URL is
 *                  put in front of it)
 */
public record MailRequest(String to, Locale locale, String template, List<Object> arguments, List<String> items,
                          String linkPath) {

    public MailRequest {
        arguments = List.copyOf(arguments);
        items = List.copyOf(items);
    }
}
