package com.cartera.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.mail.TestSmtp;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.Ticket;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketFields;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.cartera.support.ui.TicketEditConflict.Choice;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ticket page: steps, editing with conflicts, the conversation with files, and who may change what. */
@CarteraIntegrationTest
class TicketViewTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private SignedInUser admin;
    private SignedInUser agent;
    private Customer customer;
    private Ticket ticket;

    @BeforeEach
    void aTicket() {
        TestSmtp.start();
        admin = data.newWorkspace("Página incidencia " + TestData.uniqueSlug("pi"));
        agent = data.addMember(admin, TestData.uniqueEmail("agente"), "Ana Agente", Set.of(Role.SUPPORT));
        customer = data.customer(admin, "Hostal La Marina S.L.", TestData.uniqueEmail("marina"), LifecycleStage.ACTIVE);
        ticket = as(agent, () -> tickets().open(new TicketDraft(customer.getId(), null, TicketType.INCIDENT,
                TicketChannel.PHONE, "La caldera no enciende", "Desde ayer", TicketPriority.HIGH, null, null, null,
                null)));
    }

    @Test
    void theAgentSeesTheTicketAndMovesItAlongTheAllowedSteps() {
        TicketView view = open(agent);

        assertThat(view.header.title.getText()).isEqualTo("Incidencia #" + ticket.getId() + " · La caldera no enciende");
        assertThat(view.header.customer.getText()).isEqualTo("Cliente: Hostal La Marina S.L.");
        assertThat(view.header.customer.getHref()).isEqualTo("customers/" + customer.getId());
        assertThat(view.header.back.getHref()).isEqualTo("support");
        assertThat(view.header.status.getText()).isEqualTo("Nueva");
        assertThat(view.header.stepButtons()).extracting(Button::getText)
                .containsExactly("Abrir", "Esperar al cliente", "Resolver");

        _click(step(view, "Resolver"));

        assertThat(view.header.status.getText()).isEqualTo("Resuelta");
        assertThat(view.header.stepButtons()).extracting(Button::getText).containsExactly("Reabrir", "Cerrar");
        assertThat(view.history.getChildren().map(row -> ((Paragraph) row).getText()).toList().getFirst())
                .endsWith("Ana Agente: Estado: Nueva → Resuelta");
    }

    @Test
    void aSaveOverAColleaguesChangeShowsBothAndKeepsTheirs() {
        TicketView view = open(agent);
        view.details.subject.setValue("La caldera no enciende (modelo X2)");
        as(admin, () -> tickets().update(ticket.getId(), ticket.getVersion(), withPriority(TicketPriority.URGENT)));

        _click(view.details.save);

        TicketConflictDialog dialog = view.details.conflictDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.who.getText()).startsWith("Admin ");
        assertThat(dialog.theirChanges.getElement().getTextRecursively()).contains("Prioridad: Alta → Urgente");
        assertThat(dialog.myChanges.getElement().getTextRecursively())
                .contains("Asunto: La caldera no enciende → La caldera no enciende (modelo X2)");
        assertThat(dialog.choices).isEmpty();

        _click(dialog.applyMine);

        Ticket stored = as(agent, () -> tickets().find(ticket.getId()).orElseThrow());
        assertThat(stored.getSubject()).isEqualTo("La caldera no enciende (modelo X2)");
        assertThat(stored.getPriority()).isEqualTo(TicketPriority.URGENT);
    }

    @Test
    void whenBothChangedTheSameFieldTheEditorChooses() {
        TicketView view = open(agent);
        view.details.subject.setValue("Mi asunto");
        as(admin, () -> tickets().update(ticket.getId(), ticket.getVersion(), new TicketFields(null,
                TicketType.INCIDENT, TicketChannel.PHONE, "Su asunto", "Desde ayer", TicketPriority.HIGH, null, null)));

        _click(view.details.save);
        TicketConflictDialog dialog = view.details.conflictDialog;
        assertThat(dialog.applyMine.isEnabled()).isFalse();
        dialog.choices.get(TicketField.SUBJECT).setValue(Choice.THEIRS);
        _click(dialog.applyMine);

        assertThat(as(agent, () -> tickets().find(ticket.getId()).orElseThrow().getSubject())).isEqualTo("Su asunto");
        assertThat(view.details.subject.getValue()).isEqualTo("Su asunto");
    }

    @Test
    void aReplyWithAFileIsMailedAndAFileOfAWrongTypeIsRefusedWithAMessage() {
        TicketView view = open(agent);
        NotificationsKt.clearNotifications();

        view.conversation.received("factura.pdf", new byte[] {'M', 'Z', 0, 0, 3});
        assertThat(notifications()).singleElement().asString().contains("«factura.pdf» no es de un tipo admitido");
        assertThat(view.conversation.pending()).isEmpty();

        view.conversation.received("factura.pdf", PDF);
        assertThat(view.conversation.pending()).hasSize(1);
        view.conversation.body.setValue("Le adjunto la factura corregida.");
        _click(view.conversation.reply);

        assertThat(view.conversation.messages.getElement().getTextRecursively())
                .contains("Respuesta al cliente", "Le adjunto la factura corregida.",
                        "Enviada por correo a " + customer.getEmail(), "factura.pdf");
        assertThat(view.conversation.pending()).isEmpty();
        assertThat(_find(view.conversation.messages, com.vaadin.flow.component.html.Anchor.class))
                .singleElement().satisfies(link -> assertThat(link.getHref()).isNotBlank());
    }

    @Test
    void aReplyToACustomerWithoutAddressSaysItWasNotMailed() {
        Customer silent = data.customer(admin, "Sin correo S.L.", null, LifecycleStage.ACTIVE);
        Ticket quiet = as(agent, () -> tickets().open(new TicketDraft(silent.getId(), null, TicketType.INQUIRY,
                TicketChannel.VISIT, "Consulta en tienda", null, TicketPriority.LOW, null, null, null, null)));
        login(agent);
        UI.getCurrent().navigate("support/tickets/" + quiet.getId());
        TicketView view = _get(TicketView.class);

        view.conversation.body.setValue("Le llamamos mañana.");
        _click(view.conversation.reply);

        assertThat(view.conversation.messages.getElement().getTextRecursively())
                .contains("No enviada por correo: el cliente no tiene dirección.");
    }

    @Test
    void salesReadTheTicketWithoutWaysToChangeIt() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        TicketView view = open(sales);

        assertThat(view.readOnly.isVisible()).isTrue();
        assertThat(view.header.steps.isVisible()).isFalse();
        assertThat(view.details.save.isVisible()).isFalse();
        assertThat(view.details.subject.isReadOnly()).isTrue();
        assertThat(view.assignment.assign.isVisible()).isFalse();
        assertThat(view.conversation.composer.isVisible()).isFalse();
    }

    @Test
    void assigningGivesTheTicketToSomeoneAndOpensIt() {
        TicketView view = open(agent);
        view.assignment.assignee.setValue(agent.userId());
        _click(view.assignment.assign);

        assertThat(view.header.status.getText()).isEqualTo("Abierta");
        assertThat(as(agent, () -> tickets().find(ticket.getId()).orElseThrow().getStatus()))
                .isEqualTo(TicketStatus.OPEN);
    }

    private TicketView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("support/tickets/" + ticket.getId());
        return _get(TicketView.class);
    }

    private static Button step(TicketView view, String text) {
        return view.header.stepButtons().stream().filter(button -> button.getText().equals(text)).findFirst()
                .orElseThrow();
    }

    private TicketFields withPriority(TicketPriority priority) {
        var fields = TicketFields.of(ticket);
        return new TicketFields(fields.contactPersonId(), fields.type(), fields.channel(), fields.subject(),
                fields.description(), priority, fields.categoryId(), fields.productId());
    }

    private TicketService tickets() {
        return context.getBean(TicketService.class);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
