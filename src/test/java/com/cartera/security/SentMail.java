package com.cartera.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the messages the application wrote as {@code .eml} files (tests: under target/cartera-test/mail). */
public final class SentMail {

    private static final Path DIRECTORY = Path.of("target/cartera-test/mail");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One message: its recipient, decoded subject and text. */
    public record Message(String to, String subject, String text) {

        /** The last path segment of the message's link: the token. */
        public String token() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link in: " + text);
            }
            String link = matcher.group();
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }

    private SentMail() {
    }

    /** Every message to {@code address}, oldest first. */
    public static List<Message> to(String address) {
        if (!Files.isDirectory(DIRECTORY)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(SentMail::modified))
                    .map(SentMail::read)
                    .filter(message -> message.to().equalsIgnoreCase(address))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest message to {@code address}. */
    public static Message last(String address) {
        List<Message> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No message to " + address);
        }
        return messages.getLast();
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Message read(Path file) {
        try {
            String eml = Files.readString(file, StandardCharsets.US_ASCII);
            int split = eml.indexOf("\r\n\r\n");
            String headers = eml.substring(0, split);
            String to = header(headers, "To");
            String subject = header(headers, "Subject");
            subject = new String(Base64.getDecoder().decode(subject.substring("=?UTF-8?B?".length(),
                    subject.length() - 2)), StandardCharsets.UTF_8);
            String text = new String(Base64.getMimeDecoder().decode(eml.substring(split + 4).strip()),
                    StandardCharsets.UTF_8);
            return new Message(to, subject, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String headers, String name) {
        return headers.lines().filter(line -> line.startsWith(name + ": ")).findFirst()
                .map(line -> line.substring(name.length() + 2)).orElseThrow();
    }
}
