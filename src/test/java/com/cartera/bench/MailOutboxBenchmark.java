package com.cartera.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.CarteraApplication;
import com.cartera.TestData;
import com.cartera.mail.MailRequest;
import com.cartera.mail.TestSmtp;
import com.cartera.mail.WorkspaceMail;
import com.cartera.security.SignedInUser;

/**
 * Outbox throughput, a command rather than a test: Cartera on its own throw-away embedded PostgreSQL sends to a
 * GreenMail SMTP server in the same JVM over loopback. One transaction queues {@code n} rendered messages in one
 * workspace; its commit wakes the worker, which claims, sends and marks them. Measures the queueing and the time
 * from commit until the server holds all of them. Figures go to target/benchmarks/mail.txt.
 * <pre>./mvnw -B -Pmail-benchmark test-compile exec:exec [-Dbenchmark.messages=2000]</pre>
 */
public final class MailOutboxBenchmark {

    private MailOutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 2000;
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "mail-benchmark-");
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        int smtpPort = TestSmtp.start();
        var builder = new SpringApplicationBuilder(CarteraApplication.class).properties(
                "cartera.data-dir=" + dataDir,
                "cartera.embedded-db.ephemeral=true",
                "cartera.demo.enabled=false",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtpPort,
                "cartera.mail.sweep-interval=1h",
                "server.port=0",
                "vaadin.productionMode=true",
                "spring.main.banner-mode=off",
                "logging.level.root=warn");
        try (ConfigurableApplicationContext context = builder.run()) {
            SignedInUser admin = new TestData(context).newWorkspace("Banco de pruebas");
            int before = TestSmtp.received().size();
            var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            WorkspaceMail mail = context.getBean(WorkspaceMail.class);

            long queueStart = System.nanoTime();
            TestData.as(admin, () -> transaction.execute(status -> {
                for (int i = 0; i < messages; i++) {
                    mail.enqueue(new MailRequest("persona" + i + "@bench.example.com", Locale.forLanguageTag("es"),
                            "invitation", List.of("Ana", "Banco de pruebas", "http://localhost:8080/agenda", 7),
                            List.of("Llamar a Acme " + UUID.randomUUID(), "Visita a Beta"), "/agenda"));
                }
                return null;
            }));
            long committed = System.nanoTime();
            boolean all = TestSmtp.awaitReceived(before + messages, Duration.ofMinutes(30));
            long delivered = System.nanoTime();
            int received = TestSmtp.received().size() - before;

            double queueSeconds = (committed - queueStart) / 1e9;
            double sendSeconds = (delivered - committed) / 1e9;
            String report = String.format(Locale.ROOT, """
                            Mail outbox throughput, %s
                            Cartera (embedded PostgreSQL) and GreenMail SMTP in one JVM on loopback, %d cores
                            %d messages (HTML + text, rendered at enqueue) queued in one transaction of one workspace
                            queueing: %.2f s (%.0f messages/s)
                            commit to all delivered by the worker: %.2f s (%.0f messages/s), %d received%s
                            """, Instant.now(), Runtime.getRuntime().availableProcessors(), messages, queueSeconds,
                    messages / queueSeconds, sendSeconds, received / sendSeconds, received,
                    all ? "" : " (NOT ALL: timed out)");
            Path out = outDir.resolve("mail.txt");
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Figures written to " + out);
        } finally {
            TestSmtp.stop();
        }
    }
}
