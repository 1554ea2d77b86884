package com.cartera.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.cartera.security.AccountMailProperties;

/**
 * Hands a message over: to the SMTP server of {@code spring.mail.*} when one is configured, otherwise as an
 * {@code .eml} file (readable by any mail program) under {@code <data-dir>/mail/} with its link in the log, so
 * that the embedded default and a newcomer can follow every flow. Remembers the outcome of the last attempt for
 * the admin's mail view.
 */
@Component
class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);
    /** A server that stops answering must not hold a worker for ever; well under the outbox lease. */
    private static final String TIMEOUT_MILLIS = "15000";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** How the transport fared lately, for the mail view. */
    record Status(boolean smtp, String target, Instant lastSuccessAt, Instant lastFailureAt, MailFailure lastFailure) {
    }

    private final JavaMailSender smtp;
    private final Path directory;
    private final Clock clock;
    private final Session fileSession = Session.getInstance(new Properties());
    private volatile Status status;

    MailTransport(ObjectProvider<JavaMailSender> smtp, AccountMailProperties locations, Clock clock) {
        this.smtp = smtp.getIfAvailable();
        this.directory = locations.dataDir().resolve("mail");
        this.clock = clock;
        if (this.smtp instanceof JavaMailSenderImpl impl) {
            Properties properties = impl.getJavaMailProperties();
            properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        }
        this.status = new Status(this.smtp != null, target(), null, null, null);
    }

    Status status() {
        return status;
    }

    /** Sends {@code mail}; empty when the server (or the file) took it, else why not. */
    java.util.Optional<MailFailure> send(OutgoingMail mail) {
        try {
            if (smtp != null) {
                MimeMessage message = smtp.createMimeMessage();
                fill(message, mail);
                smtp.send(message);
            } else {
                write(mail);
            }
            status = new Status(smtp != null, target(), clock.instant(), status.lastFailureAt(), status.lastFailure());
            return java.util.Optional.empty();
        } catch (MailException | MessagingException | IOException e) {
            MailFailure failure = classify(e);
            status = new Status(smtp != null, target(), status.lastSuccessAt(), clock.instant(), failure);
            log.warn("Mail {} to {} could not be sent through {}: {} ({})", mail.messageId(), mail.to(), target(),
                    failure.kind(), failure.detail());
            return java.util.Optional.of(failure);
        }
    }

    /**
     * Several messages over one SMTP connection (a new connection per message costs more than the message), each
     * still sent and reported on its own. Without a configurable sender, the same as {@link #send} per message.
     */
    Batch batch() {
        return new Batch();
    }

    final class Batch implements AutoCloseable {

        private jakarta.mail.Transport connection;
        /** Once the server cannot be reached or refuses the login, the rest of the batch waits for its next attempt. */
        private MailFailure unreachable;

        java.util.Optional<MailFailure> send(OutgoingMail mail) {
            if (!(smtp instanceof JavaMailSenderImpl impl)) {
                return MailTransport.this.send(mail);
            }
            if (unreachable != null) {
                return java.util.Optional.of(unreachable);
            }
            try {
                if (connection == null || !connection.isConnected()) {
                    connection = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                    try {
                        connection.connect(impl.getHost(), impl.getPort(), blankToNull(impl.getUsername()),
                                blankToNull(impl.getPassword()));
                    } catch (MessagingException e) {
                        unreachable = classify(e);
                        throw e;
                    }
                }
                MimeMessage message = new MimeMessage(impl.getSession());
                fill(message, mail);
                message.saveChanges();
                message.setHeader("Message-ID", mail.messageId());
                connection.sendMessage(message, message.getAllRecipients());
                status = new Status(true, target(), clock.instant(), status.lastFailureAt(), status.lastFailure());
                return java.util.Optional.empty();
            } catch (MessagingException e) {
                close();
                MailFailure failure = classify(e);
                status = new Status(true, target(), status.lastSuccessAt(), clock.instant(), failure);
                log.warn("Mail {} to {} could not be sent through {}: {} ({})", mail.messageId(), mail.to(), target(),
                        failure.kind(), failure.detail());
                return java.util.Optional.of(failure);
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (MessagingException e) {
                    log.debug("Closing the SMTP connection failed", e);
                }
                connection = null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private String target() {
        if (smtp instanceof JavaMailSenderImpl impl) {
            return impl.getHost() + ":" + (impl.getPort() > 0 ? impl.getPort() : 25);
        }
        return smtp != null ? "SMTP" : directory.toAbsolutePath().toString();
    }

    private void write(OutgoingMail mail) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(fileSession);
        fill(message, mail);
        message.saveChanges();
        message.setHeader("Message-ID", mail.messageId());
        Files.createDirectories(directory);
        // Named by time first, so a folder listing shows the messages in the order they were sent.
        String name = FILE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)) + "-"
                + mail.messageId().replaceAll("[^A-Za-z0-9.-]", "") + ".eml";
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        Matcher link = LINK.matcher(mail.text());
        log.info("Mail to {} ({}) written to {}; its link: {}", mail.to(), mail.subject(), file,
                link.find() ? link.group() : "none");
    }

    private void fill(MimeMessage message, OutgoingMail mail) throws MessagingException {
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(InternetAddress.parse(mail.from(), false)[0]);
        if (mail.replyTo() != null) {
            helper.setReplyTo(InternetAddress.parse(mail.replyTo(), false)[0]);
        }
        helper.setTo(new InternetAddress(mail.to(), true));
        helper.setSubject(mail.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(mail.text(), mail.html());
        // Kept on every attempt (Spring's sender keeps a Message-ID that is set), so copies can be recognised.
        message.setHeader("Message-ID", mail.messageId());
    }

    private static MailFailure classify(Exception e) {
        String detail = chain(e);
        if (e instanceof MailAuthenticationException || has(e, jakarta.mail.AuthenticationFailedException.class)) {
            return new MailFailure(MailFailure.Kind.AUTHENTICATION, detail);
        }
        if (has(e, SendFailedException.class)) {
            return new MailFailure(MailFailure.Kind.REJECTED, detail);
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)
                || has(e, SocketTimeoutException.class) || has(e, jakarta.mail.MessagingException.class)
                && detail.contains("Couldn't connect")) {
            return new MailFailure(MailFailure.Kind.UNREACHABLE, detail);
        }
        return new MailFailure(MailFailure.Kind.OTHER, detail);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return causes(e).stream().anyMatch(type::isInstance);
    }

    /** The messages of every cause, the most telling words an admin can get. */
    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : causes(e)) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                text.append(text.isEmpty() ? "" : "; ").append(t.getMessage());
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The exception, its causes, JavaMail's next exceptions and the per-message failures of Spring's sender. */
    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> found = new java.util.ArrayList<>();
        java.util.Deque<Throwable> open = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!open.isEmpty() && found.size() < 20) {
            Throwable t = open.pop();
            if (found.contains(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                open.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                open.add(m.getNextException());
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                open.addAll(java.util.Arrays.asList(send.getMessageExceptions()));
            }
        }
        return found;
    }
}
