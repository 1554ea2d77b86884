package com.cartera.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

/** The admin's mail service: only the workspace in scope, only for admins, and sender settings checked. */
@CarteraIntegrationTest
class MailAdminTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MailAdmin mail;
    @Autowired
    TeamService team;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void serverRunsAgain() {
        TestSmtp.start();
    }

    @Test
    void anotherWorkspacesMessagesCanNeitherBeReadNorSentAgain() {
        var data = new TestData(context);
        SignedInUser a = data.newWorkspace("Buzón A");
        SignedInUser b = data.newWorkspace("Buzón B");
        String toB = TestData.uniqueEmail("b-only");
        TestSmtp.stop();
        TestData.as(b, () -> team.invite(toB, Set.of(Role.SALES)));
        TestSmtp.start();
        String tableOfB = b.workspace().tenant().schema() + ".mail_message";
        jdbc.update("update " + tableOfB + " set state = 'FAILED' where recipient = ?", toB);
        UUID messageOfB = jdbc.queryForObject("select id from " + tableOfB + " where recipient = ?", UUID.class, toB);

        assertThat(TestData.as(a, () -> mail.recent(0, 100))).extracting(MailAdmin.Message::recipient).doesNotContain(toB);
        assertThat(TestData.as(a, () -> mail.sendAgain(messageOfB))).isFalse();
        assertThat(jdbc.queryForObject("select state from " + tableOfB + " where id = ?", String.class, messageOfB))
                .isEqualTo("FAILED");
        assertThat(SentMail.to(toB)).isEmpty();

        assertThat(TestData.as(b, () -> mail.recent(0, 100))).extracting(MailAdmin.Message::recipient).contains(toB);
        assertThat(TestData.as(b, () -> mail.sendAgain(messageOfB))).isTrue();
        assertThat(SentMail.to(toB)).hasSize(1);
    }

    @Test
    void onlyAdminsReadTheWorkspacesMail() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Solo admins");
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("seller"), "Vendedora", Set.of(Role.SALES));

        assertThatThrownBy(() -> TestData.as(seller, () -> mail.recent(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(seller, () -> {
            mail.saveSender("x@example.org", null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWorkspacesSenderIsUsedAndABadAddressIsRefusedByName() throws Exception {
        SignedInUser admin = new TestData(context).newWorkspace("Remitente SL");
        String to = TestData.uniqueEmail("sender");

        assertThatThrownBy(() -> TestData.as(admin, () -> {
            mail.saveSender("no es una dirección", null);
            return null;
        })).isInstanceOfSatisfying(FieldRejectedException.class, e -> {
            assertThat(e.field()).isEqualTo("from");
            assertThat(e.messageKey()).isEqualTo("mail-view.address.invalid");
        });
        TestData.as(admin, () -> {
            mail.saveSender("Ventas Remitente <ventas@remitente.example>", "respuestas@remitente.example");
            return null;
        });
        TestData.as(admin, () -> team.invite(to, Set.of(Role.SALES)));

        jakarta.mail.internet.MimeMessage received = TestSmtp.received().stream().filter(m -> {
            try {
                return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElseThrow();
        assertThat(received.getFrom()[0].toString()).contains("ventas@remitente.example");
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("respuestas@remitente.example");
    }
}
