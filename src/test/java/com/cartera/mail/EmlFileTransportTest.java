package com.cartera.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import com.cartera.security.AccountMailProperties;

/** Without an SMTP server, a message becomes an .eml file any mail program opens: HTML and text, its Message-ID. */
class EmlFileTransportTest {

    @TempDir
    Path dataDir;

    @Test
    void writesAMultipartMessageUnderTheDataDirectory() throws Exception {
        var transport = new MailTransport(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new AccountMailProperties(dataDir, URI.create("https://crm.example.com")),
                Clock.fixed(Instant.parse("2031-05-06T07:08:09Z"), ZoneOffset.UTC));

        var failure = transport.send(new OutgoingMail("<abc@crm.example.com>", "Cartera <no-reply@crm.example.com>",
                null, "ana@example.org", "Confirma tu dirección", "Hola: https://crm.example.com/verify-email/x",
                "<p>Hola</p>"));

        assertThat(failure).isEmpty();
        assertThat(transport.status().smtp()).isFalse();
        List<Path> files;
        try (var listing = Files.list(dataDir.resolve("mail"))) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName().toString()).startsWith("20310506-070809-").endsWith(".eml");
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            var message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo("Confirma tu dirección");
            assertThat(message.getMessageID()).isEqualTo("<abc@crm.example.com>");
            assertThat(((Multipart) message.getContent()).getCount()).isPositive();
        }
    }
}
