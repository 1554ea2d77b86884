package com.cartera.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes each message as an RFC 822 file ({@code .eml}, readable by any mail program) under
 * {@code <data-dir>/mail/} and logs its link, as long as Cartera sends no mail itself.
 */
@Component
@EnableConfigurationProperties(AccountMailProperties.class)
class EmlFileAccountMail implements AccountMail {

    private static final Logger log = LoggerFactory.getLogger(EmlFileAccountMail.class);
    static final String FROM = "Cartera <no-reply@cartera.invalid>";

    private final Path directory;
    private final Clock clock;

    EmlFileAccountMail(AccountMailProperties properties, Clock clock) {
        this.directory = properties.dataDir().resolve("mail");
        this.clock = clock;
    }

    @Override
    public void send(AccountMessage message) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String id = UUID.randomUUID().toString();
        String eml = "From: " + FROM + "\r\n"
                + "To: " + message.to().replaceAll("[\\r\\n]", "") + "\r\n"
                + "Subject: " + encodedWord(message.subject()) + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(now) + "\r\n"
                + "Message-ID: <" + id + "@cartera.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(message.text().getBytes(StandardCharsets.UTF_8)) + "\r\n";
        Path file = directory.resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now) + "-" + id + ".eml");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, eml, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the message to " + file, e);
        }
        log.info("Mail to {} ({}) written to {}; its link: {}", message.to(), message.subject(), file, message.link());
    }

    /** RFC 2047, so that accents in the subject survive any mail program. */
    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
