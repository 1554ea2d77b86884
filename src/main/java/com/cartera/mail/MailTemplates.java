package com.cartera.mail;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.cartera.security.AccountMailProperties;

/**
 * Renders a {@link MailRequest} in the recipient's language: the texts of {@code mail.<template>.*} in the
 * translation files, laid out as HTML (every value escaped, inline styles, no images, so nothing is fetched and
 * nothing tracks the reader) and as plain text, with the workspace's name and one button back to Cartera.
 * A small layout in code rather than a template library: one layout, and the texts live where all texts live.
 */
@Component
class MailTemplates {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final AccountMailProperties locations;

    MailTemplates(AccountMailProperties locations) {
        this.locations = locations;
    }

    /**
     * @param workspaceName the workspace the message comes from, or null for a message about an account alone
     */
    RenderedMail render(MailRequest request, String workspaceName) {
        Locale locale = request.locale();
        ResourceBundle bundle = bundle(locale);
        Object[] arguments = request.arguments().toArray();
        String prefix = "mail." + request.template();
        String subject = format(bundle.getString(prefix + ".subject"), locale, arguments).strip();
        String body = format(bundle.getString(prefix + ".text"), locale, arguments).strip();
        String link = locations.link(request.linkPath()).toString();
        String button = optional(bundle, prefix + ".button").orElse(bundle.getString("mail.layout.button"));
        String footer = workspaceName == null ? bundle.getString("mail.layout.footer-account")
                : format(bundle.getString("mail.layout.footer"), locale, new Object[] {workspaceName});
        String linkHelp = bundle.getString("mail.layout.link-help");

        StringBuilder text = new StringBuilder(body).append("\n");
        if (!request.items().isEmpty()) {
            text.append("\n");
            request.items().forEach(item -> text.append("- ").append(item).append("\n"));
        }
        if (!body.contains(link)) {
            text.append("\n").append(button).append(": ").append(link).append("\n");
        }
        text.append("\n-- \n").append(footer).append("\n");

        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(escape(locale.getLanguage())).append("\"><head>")
                .append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;")
                .append("color:#1f2937;line-height:1.5\">")
                .append("<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px\">")
                .append("<p style=\"margin:0 0 16px;font-size:18px;font-weight:bold\">Cartera")
                .append(workspaceName == null ? "" : " · " + escape(workspaceName)).append("</p>");
        for (String paragraph : body.split("\n\\s*\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        if (!request.items().isEmpty()) {
            html.append("<ul>");
            request.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p style=\"margin:24px 0\"><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;")
                .append("background:#1a5fb4;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none\">")
                .append(escape(button)).append("</a></p>")
                .append("<p style=\"font-size:12px;color:#6b7280\">").append(escape(linkHelp)).append("<br>")
                .append(escape(link)).append("</p>")
                .append("<p style=\"font-size:12px;color:#6b7280\">").append(escape(footer)).append("</p>")
                .append("</div></body></html>");
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    /** The link a message's button leads to. */
    URI link(String path) {
        return locations.link(path);
    }

    /** Spanish lives in the base file, not in a _es one: no fallback to the JVM's default locale. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static java.util.Optional<String> optional(ResourceBundle bundle, String key) {
        try {
            return java.util.Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
