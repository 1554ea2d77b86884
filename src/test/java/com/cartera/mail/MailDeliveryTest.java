package com.cartera.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.HttpBrowser;
import com.cartera.TestData;
import com.cartera.security.InvitationService;
import com.cartera.security.PasswordResetService;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

/**
 * Every kind of message arrives at a real SMTP server (GreenMail) with both parts, the workspace's name and a link
 * that works end to end; the outbox retries after the server refused, gives up after its attempts, and neither
 * loses nor repeats a message across a restart.
 */
@CarteraIntegrationTest
class MailDeliveryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TeamService team;
    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordResetService passwordReset;
    @Autowired
    WorkspaceMail workspaceMail;
    @Autowired
    MailWorker worker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MailProperties settings;
    @LocalServerPort
    int port;

    @AfterEach
    void serverRunsAgain() {
        TestSmtp.start();
    }

    @Test
    void invitationArrivesInBothPartsAndItsLinkLetsThePersonJoinAndSignIn() {
        SignedInUser admin = new TestData(context).newWorkspace("Ferretería <Pérez>");
        String email = TestData.uniqueEmail("invited");

        String token = TestData.as(admin, () -> team.invite(email, Set.of(Role.SALES)));

        List<SentMail.Message> received = SentMail.to(email);
        assertThat(received).hasSize(1);
        SentMail.Message mail = received.getFirst();
        assertThat(mail.subject()).isEqualTo("Admin Ferretería <Pérez> te invita a Ferretería <Pérez> en Cartera");
        assertThat(mail.text()).contains("/invite/" + token).contains("Ferretería <Pérez>");
        assertThat(mail.html()).contains("href=\"" + mail.link() + "\"")
                .contains("Ferretería &lt;Pérez&gt;").doesNotContain("<Pérez>")
                .doesNotContainIgnoringCase("<img");
        assertThat(mail.messageId()).endsWith("@localhost>");

        assertThat(shown(new HttpBrowser(port), mail.link(), "Ferretería <Pérez>")).isNotEmpty();
        TestData.as(null, () -> invitations.acceptWithNewAccount(mail.token(), "Nueva Persona", TestData.PASSWORD));
        new HttpBrowser(port).signIn(email, TestData.PASSWORD);
    }

    @Test
    void passwordResetLinkSetsANewPasswordThatSignsIn() {
        SignedInUser admin = new TestData(context).newWorkspace("Reset SL");
        String newPassword = "Nueva-clave-2026";

        assertThat(passwordReset.request(admin.email(), "10.9.0.1")).isEqualTo(PasswordResetService.Requested.MAILED_IF_ACCOUNT);

        SentMail.Message mail = SentMail.last(admin.email());
        assertThat(mail.subject()).isEqualTo("Elige una contraseña nueva para Cartera");
        assertThat(mail.text()).contains("/reset-password/");
        assertThat(mail.html()).contains("Elegir contraseña").doesNotContainIgnoringCase("<img");
        assertThat(shown(new HttpBrowser(port), mail.link(), "Elige la contraseña nueva")).isNotEmpty();

        passwordReset.reset(mail.token(), newPassword);

        new HttpBrowser(port).signIn(admin.email(), newPassword);
        assertThat(passwordReset.check(mail.token())).isEqualTo(PasswordResetService.Link.USED);
    }

    @Test
    void aResetRequestForAnAddressWithoutAccountAnswersTheSameAndSendsNothing() {
        String nobody = TestData.uniqueEmail("nobody");

        assertThat(passwordReset.request(nobody, "10.9.0.2")).isEqualTo(PasswordResetService.Requested.MAILED_IF_ACCOUNT);

        assertThat(SentMail.to(nobody)).isEmpty();
    }

    @Test
    void signUpMailsTheVerificationLinkInTheAccountsLanguage() {
        SignedInUser admin = new TestData(context).newWorkspace("Verifica SA");

        SentMail.Message mail = SentMail.last(admin.email());

        assertThat(mail.subject()).isEqualTo("Confirma tu dirección en Cartera");
        assertThat(mail.link()).contains("/verify-email/");
        assertThat(mail.html()).contains("href=\"" + mail.link() + "\"").contains("Te escribe Cartera por tu cuenta.");
    }

    @Test
    void aModuleMessageIsRenderedInTheRecipientsLanguageWithItsItems() {
        SignedInUser admin = new TestData(context).newWorkspace("Digest Ltd");
        String to = TestData.uniqueEmail("digest");

        TestData.as(admin, () -> new TransactionTemplate(transactionManager).execute(status -> {
            workspaceMail.enqueue(new MailRequest(to, Locale.ENGLISH, "invitation",
                    List.of("Ana", "Digest Ltd", "http://localhost:8080/agenda", 7), List.of("Call <Acme>", "Visit Beta"),
                    "/agenda"));
            return null;
        }));

        SentMail.Message mail = SentMail.last(to);
        assertThat(mail.subject()).isEqualTo("Ana invites you to Digest Ltd on Cartera");
        assertThat(mail.text()).contains("- Call <Acme>").contains("Cartera writes to you on behalf of Digest Ltd.");
        assertThat(mail.html()).contains("<li>Call &lt;Acme&gt;</li>").contains("lang=\"en\"");
    }

    @Test
    void aMessageRefusedByTheServerIsRetriedAndArrivesOnce() {
        SignedInUser admin = new TestData(context).newWorkspace("Reintentos SL");
        String email = TestData.uniqueEmail("retry");
        TestSmtp.stop();

        TestData.as(admin, () -> team.invite(email, Set.of(Role.SALES)));

        String table = admin.workspace().tenant().schema() + ".mail_message";
        var row = jdbc.queryForMap("select state, attempts, last_error_kind, next_attempt_at > now() as later from "
                + table + " where recipient = ?", email);
        assertThat(row).containsEntry("state", "QUEUED").containsEntry("attempts", 1)
                .containsEntry("last_error_kind", "UNREACHABLE").containsEntry("later", true);
        assertThat(pendingNote(admin)).isTrue();

        TestSmtp.start();
        worker.sweep();
        assertThat(SentMail.to(email)).as("not due yet").isEmpty();

        jdbc.update("update " + table + " set next_attempt_at = now() - interval '1 second' where recipient = ?", email);
        jdbc.update("update cartera.mail_pending_workspace set due_at = now() - interval '1 second' where tenant_id = ?",
                admin.workspace().tenant().id());
        worker.sweep();
        worker.sweep();

        assertThat(SentMail.to(email)).hasSize(1);
        assertThat(jdbc.queryForObject("select state from " + table + " where recipient = ?", String.class, email))
                .isEqualTo("SENT");
        assertThat(pendingNote(admin)).as("nothing waits in the workspace any more").isFalse();
    }

    @Test
    void afterItsLastAttemptAMessageFailsVisiblyAndCanBeSentAgain() {
        SignedInUser admin = new TestData(context).newWorkspace("Fallidos SL");
        String email = TestData.uniqueEmail("failing");
        String table = admin.workspace().tenant().schema() + ".mail_message";
        TestSmtp.stop();
        TestData.as(admin, () -> team.invite(email, Set.of(Role.SALES)));

        for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
            jdbc.update("update " + table + " set next_attempt_at = now() - interval '1 second' where recipient = ?", email);
            worker.deliverWorkspace(admin.workspace().tenant());
        }

        var row = jdbc.queryForMap("select id, state, attempts, last_error from " + table + " where recipient = ?", email);
        assertThat(row).containsEntry("state", "FAILED").containsEntry("attempts", settings.maxAttempts());
        assertThat((String) row.get("last_error")).isNotBlank();

        TestSmtp.start();
        boolean queued = TestData.as(admin, () -> context.getBean(MailAdmin.class).sendAgain((java.util.UUID) row.get("id")));

        assertThat(queued).isTrue();
        assertThat(SentMail.to(email)).hasSize(1);
    }

    @Test
    void afterARestartQueuedAndAbandonedMessagesAreDeliveredExactlyOnce() {
        SignedInUser admin = new TestData(context).newWorkspace("Reinicio SL");
        String queued = TestData.uniqueEmail("queued");
        String abandoned = TestData.uniqueEmail("abandoned");
        String inFlight = TestData.uniqueEmail("inflight");
        String table = admin.workspace().tenant().schema() + ".mail_message";
        TestSmtp.stop();
        for (String email : List.of(queued, abandoned, inFlight)) {
            TestData.as(admin, () -> team.invite(email, Set.of(Role.SALES)));
        }
        // As a stopped instance leaves them: one queued and due, one SENDING whose lease ran out, one SENDING whose
        // worker (another replica) still holds it.
        jdbc.update("update " + table + " set next_attempt_at = now() - interval '1 second' where recipient = ?", queued);
        jdbc.update("update " + table + " set state = 'SENDING', lease_until = now() - interval '1 second' where recipient = ?",
                abandoned);
        jdbc.update("update " + table + " set state = 'SENDING', lease_until = now() + interval '5 minutes' where recipient = ?",
                inFlight);
        jdbc.update("update cartera.mail_pending_workspace set due_at = now() - interval '1 second' where tenant_id = ?",
                admin.workspace().tenant().id());
        TestSmtp.start();

        worker.sweep();
        worker.sweep();

        assertThat(SentMail.to(queued)).hasSize(1);
        assertThat(SentMail.to(abandoned)).hasSize(1);
        assertThat(SentMail.to(inFlight)).as("another worker holds it").isEmpty();
        assertThat(pendingNote(admin)).as("kept for the held message's lease").isTrue();
    }

    @Test
    void anAccountMessageRefusedByTheServerIsRetriedFromTheControlOutbox() {
        TestSmtp.stop();
        SignedInUser admin = new TestData(context).newWorkspace("Control SL");
        assertThat(jdbc.queryForObject("select state from cartera.mail_outbox where recipient = ?", String.class,
                admin.email())).isEqualTo("QUEUED");
        TestSmtp.start();

        jdbc.update("update cartera.mail_outbox set next_attempt_at = now() - interval '1 second' where recipient = ?",
                admin.email());
        worker.sweep();
        worker.sweep();

        assertThat(SentMail.to(admin.email())).hasSize(1);
        assertThat(SentMail.last(admin.email()).link()).contains("/verify-email/");
    }

    /** Opens the link's page over HTTP as a browser does and returns the texts it shows containing {@code text}. */
    private static List<String> shown(HttpBrowser browser, String link, String text) {
        String route = URI.create(link).getPath().substring(1);
        HttpBrowser.Ui ui = browser.open(route);
        var page = browser.uidl(ui, ui.csrfToken, 0, HttpBrowser.navigation(route));
        return HttpBrowser.strings(page, Pattern.compile(Pattern.quote(text)));
    }

    private boolean pendingNote(SignedInUser admin) {
        return jdbc.queryForObject("select count(*) from cartera.mail_pending_workspace where tenant_id = ?", Long.class,
                admin.workspace().tenant().id()) == 1;
    }
}
