package com.cartera.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.mail.TestSmtp;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

@CarteraIntegrationTest
class MailViewTest extends KaribuTest {

    private SignedInUser admin;

    @BeforeEach
    void aWorkspaceThatInvitedSomeone() {
        admin = data.newWorkspace("Correo " + TestData.uniqueSlug("c"));
    }

    @AfterEach
    void serverRunsAgain() {
        TestSmtp.start();
    }

    @Test
    void listsTheWorkspacesMessagesWithTheirDeliveryAndTheSmtpServer() {
        String invited = TestData.uniqueEmail("lista");
        as(admin, () -> context.getBean(TeamService.class).invite(invited, Set.of(Role.SALES)));
        login(admin);
        UI.getCurrent().navigate("settings/mail");
        MailView view = _get(MailView.class);

        assertThat(GridKt._size(view.messages)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.messages, 0).subList(1, 6)).containsExactly(invited,
                admin.displayName() + " te invita a " + admin.workspace().name() + " en Cartera", "Enviado", "1", "");
        assertThat(LocatorJ._get(view.transportStatus, com.vaadin.flow.component.html.Paragraph.class).getText())
                .isEqualTo("Los mensajes salen por el servidor SMTP 127.0.0.1:" + TestSmtp.start() + ".");
    }

    @Test
    void aFailedMessageShowsItsErrorInPlainWordsAndCanBeSentAgain() {
        String invited = TestData.uniqueEmail("fallo");
        TestSmtp.stop();
        as(admin, () -> context.getBean(TeamService.class).invite(invited, Set.of(Role.SALES)));
        context.getBean(JdbcTemplate.class).update("update " + admin.workspace().tenant().schema()
                + ".mail_message set state = 'FAILED' where recipient = ?", invited);
        TestSmtp.start();
        login(admin);
        UI.getCurrent().navigate("settings/mail");
        MailView view = _get(MailView.class);

        assertThat(GridKt._getFormattedRow(view.messages, 0).get(3)).isEqualTo("Fallido");
        assertThat(GridKt._getFormattedRow(view.messages, 0).get(5))
                .startsWith("No se puede conectar con el servidor de correo: revisa el host, el puerto y TLS (");
        assertThat(view.transportStatus.getElement().getTextRecursively()).contains("Último error");
        _click(GridKt._getCellComponent(view.messages, 0, "actions").getChildren()
                .map(Button.class::cast).findFirst().orElseThrow());

        assertThat(SentMail.to(invited)).hasSize(1);
        assertThat(GridKt._getFormattedRow(view.messages, 0).get(3)).isEqualTo("Enviado");
    }

    @Test
    void aSenderThatIsNotOneAddressIsRefusedOnItsField() {
        login(admin);
        UI.getCurrent().navigate("settings/mail");
        MailView view = _get(MailView.class);

        _setValue(view.replyTo, "a@b.example, c@d.example");
        _click(view.saveSender);

        assertThat(view.replyTo.isInvalid()).isTrue();
        assertThat(view.replyTo.getErrorMessage())
                .isEqualTo("Escribe una sola dirección de correo, por ejemplo: Ventas Acme <ventas@acme.es>");
    }

    @Test
    void onlyAdminsOpenIt() {
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        login(seller);

        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/mail"))
                .isInstanceOfAny(com.github.mvysny.kaributesting.v10.NotFoundError.class,
                        com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
