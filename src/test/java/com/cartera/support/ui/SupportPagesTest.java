package com.cartera.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerTimeline;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.TimelineEntry;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new-ticket page, the customer 360's tickets tab, action and timeline, and the desk's settings page. */
@CarteraIntegrationTest
class SupportPagesTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser agent;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        admin = data.newWorkspace("Páginas soporte " + TestData.uniqueSlug("ps"));
        agent = data.addMember(admin, TestData.uniqueEmail("agente"), "Ana Agente", Set.of(Role.SUPPORT));
        customer = data.customer(admin, "Talleres Ortiz e Hijos S.L.", null, LifecycleStage.ACTIVE);
    }

    @Test
    void anAgentOpensATicketFromTheCustomerPage() {
        login(agent);
        UI.getCurrent().navigate("customers/" + customer.getId());
        _click(_get(Button.class, spec -> spec.withClasses("new-ticket-action")));

        NewTicketView view = _get(NewTicketView.class);
        assertThat(view.customerLink.getText()).isEqualTo("Cliente: Talleres Ortiz e Hijos S.L.");
        assertThat(view.category.getListDataView().getItems().map(category -> category.name()))
                .containsExactly("Facturación", "Entrega", "Producto", "Cuenta", "Otro");
        _click(view.create);
        assertThat(view.subject.isInvalid()).isTrue();
        assertThat(view.subject.getErrorMessage()).isEqualTo("Escribe el asunto");

        view.subject.setValue("El elevador hace ruido");
        view.priority.setValue(TicketPriority.URGENT);
        _click(view.create);

        TicketView ticket = _get(TicketView.class);
        assertThat(ticket.header.title.getText()).endsWith(" · El elevador hace ruido");
        assertThat(ticket.details.priority.getValue()).isEqualTo(TicketPriority.URGENT);
    }

    @Test
    void theCustomerPageShowsOpenIncidentsAndTheTimelineTheTickets() {
        var tickets = context.getBean(TicketService.class);
        as(agent, () -> tickets.open(new TicketDraft(customer.getId(), null, TicketType.INCIDENT, TicketChannel.EMAIL,
                "Pieza defectuosa", null, TicketPriority.NORMAL, null, null, null, null)));

        var panel = (CustomerTicketsPanel) openSection(agent, TicketsSection.class, customer.getId());
        assertThat(panel.openIncidents.getText()).isEqualTo("Incidencias abiertas: 1");
        assertThat(panel.newTicket.isVisible()).isTrue();
        assertThat(panel.openTickets.getElement().getTextRecursively()).contains("Pieza defectuosa");
        // As the 360 page reads it: in the signed-in person's UI.
        assertThat(context.getBean(CustomerTimeline.class).latest(customer.getId(), 10))
                .extracting(TimelineEntry::titleKey).contains("support.timeline.opened");

        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mk"), "Mar Keting",
                Set.of(Role.MARKETING));
        var hidden = (CustomerTicketsPanel) openSection(marketing, TicketsSection.class, customer.getId());
        assertThat(hidden.getElement().getTextRecursively())
                .contains("Las incidencias las ven soporte, ventas, dirección y administración.");
        assertThat(context.getBean(CustomerTimeline.class).latest(customer.getId(), 10))
                .extracting(TimelineEntry::titleKey).doesNotContain("support.timeline.opened");
        UI.getCurrent().navigate("customers/" + customer.getId());
        assertThat(_find(Button.class, spec -> spec.withClasses("new-ticket-action"))).isEmpty();
    }

    @Test
    void theAdminSetsTheReopenWindowCategoriesAndTeams() {
        login(admin);
        UI.getCurrent().navigate("settings/support");
        SupportSettingsView view = _get(SupportSettingsView.class);
        assertThat(view.reopenWindow.getValue()).isEqualTo(7);

        view.reopenWindow.setValue(400);
        _click(view.save);
        assertThat(view.reopenWindow.isInvalid()).isTrue();
        assertThat(view.reopenWindow.getErrorMessage()).isEqualTo("Escribe un número de días entre 0 y 365");
        view.reopenWindow.setValue(14);
        _click(view.save);
        assertThat(as(admin, () -> context.getBean(SupportSettingsService.class).desk().reopenWindowDays()))
                .isEqualTo(14);

        view.categories.newName.setValue("Garantías");
        _click(view.categories.add);
        assertThat(view.categories.shown).extracting(row -> row.name().getValue()).contains("Garantías");
        view.categories.newName.setValue("Entrega");
        _click(view.categories.add);
        assertThat(view.categories.newName.getErrorMessage()).isEqualTo("Ya hay una con ese nombre");

        var other = view.categories.shown.stream().filter(row -> row.entry().name().equals("Otro")).findFirst()
                .orElseThrow();
        _click(other.archive());
        assertThat(view.categories.shown.stream().filter(row -> row.entry().name().equals("Otro")).findFirst()
                .orElseThrow().archive().getText()).isEqualTo("Recuperar");

        view.teams.newName.setValue("Primer nivel");
        _click(view.teams.add);
        var team = view.teams.shown.getFirst();
        team.name().setValue("Nivel 1");
        _click(team.rename());
        assertThat(view.teams.shown).extracting(row -> row.entry().name()).containsExactly("Nivel 1");
    }
}
