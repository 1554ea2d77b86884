package com.cartera.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.cartera.mail.TestSmtp;

/** Reads the messages the application sent to the test JVM's SMTP server ({@link TestSmtp}). */
public final class SentMail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One message: its recipient, decoded subject, plain-text and HTML parts. */
    public record Message(String to, String subject, String text, String html, String messageId) {

        /** The last path segment of the message's link: the token. */
        public String token() {
            return link().substring(link().lastIndexOf('/') + 1);
        }

        /** The first link of the plain-text part. */
        public String link() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link in: " + text);
            }
            return matcher.group();
        }
    }

    private SentMail() {
    }

    /** Every message to {@code address}, oldest first. */
    public static List<Message> to(String address) {
        return TestSmtp.received().stream().map(SentMail::read)
                .filter(message -> message.to().equalsIgnoreCase(address))
                .toList();
    }

    /** The newest message to {@code address}. */
    public static Message last(String address) {
        List<Message> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No message to " + address);
        }
        return messages.getLast();
    }

    private static Message read(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getRecipients(RecipientType.TO)[0]).getAddress();
            return new Message(to, message.getSubject(), part(message, "text/plain"), part(message, "text/html"),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
