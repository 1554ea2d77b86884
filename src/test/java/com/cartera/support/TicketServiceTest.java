package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The ticket service on PostgreSQL: opening, editing, assigning, the status rules, history, events and roles. */
@CarteraIntegrationTest
@RecordApplicationEvents
class TicketServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;
    @Autowired
    SupportSettingsService settings;
    @Autowired
    SupportSignals signals;
    @Autowired
    ResolvedTicketsClosing closing;
    @Autowired
    ApplicationEvents events;

    private SupportFixtures fx;

    @BeforeEach
    void workspace() {
        fx = new SupportFixtures(context, "Soporte " + TestData.uniqueSlug("t"));
    }

    @Test
    void openingKeepsWhoAndWhenAndPublishesTheOpening() {
        Ticket ticket = fx.open("La caldera no enciende");

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.getCreatedBy()).isEqualTo(fx.agent.userId());
        assertThat(ticket.getOpenedAt()).isNotNull();
        assertThat(history(ticket)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("CREATED");
            assertThat(change.changedBy()).isEqualTo(fx.agent.userId());
            assertThat(change.newValue()).isEqualTo("NEW");
        });
        assertThat(events.stream(TicketOpened.class)).singleElement().satisfies(opened -> {
            assertThat(opened.ticketId()).isEqualTo(ticket.getId());
            assertThat(opened.customerId()).isEqualTo(fx.customer.getId());
            assertThat(opened.tenantId()).isEqualTo(fx.admin.workspace().tenant().id());
            assertThat(opened.actorId()).isEqualTo(fx.agent.userId());
        });
        assertThat(events.stream(TicketAssigned.class)).isEmpty();
    }

    @Test
    void aTicketGivenToSomeoneAtOnceOpensAsOpen() {
        var draft = SupportFixtures.draft(fx.customer.getId(), "Factura duplicada");
        Ticket ticket = TestData.as(fx.agent, () -> tickets.open(new TicketDraft(draft.customerId(), null, draft.type(),
                draft.channel(), draft.subject(), null, TicketPriority.HIGH, null, null, fx.agent.userId(), null)));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(events.stream(TicketAssigned.class)).singleElement()
                .satisfies(assigned -> assertThat(assigned.assigneeId()).isEqualTo(fx.agent.userId()));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var blank = SupportFixtures.draft(fx.customer.getId(), "  ");
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> tickets.open(blank)))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("subject"));
        var tooLong = SupportFixtures.draft(fx.customer.getId(), "x".repeat(201));
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> tickets.open(tooLong)))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("support.ticket.error.subject-too-long"));
        var noCustomer = SupportFixtures.draft(999_999L, "Otro");
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> tickets.open(noCustomer)))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("customer"));
    }

    @Test
    void statusMovesAlongTheAllowedStepsAndEachStepIsKept() {
        Ticket ticket = fx.open("No llega el pedido");
        ticket = move(fx.agent, ticket, TicketStatus.OPEN);
        ticket = move(fx.agent, ticket, TicketStatus.PENDING);
        ticket = move(fx.agent, ticket, TicketStatus.OPEN);
        ticket = move(fx.agent, ticket, TicketStatus.RESOLVED);
        assertThat(ticket.getResolvedAt()).isNotNull();
        ticket = move(fx.agent, ticket, TicketStatus.CLOSED);
        assertThat(ticket.getClosedAt()).isNotNull();

        assertThat(history(ticket)).filteredOn(change -> change.field().equals("STATUS"))
                .extracting(change -> change.oldValue() + ">" + change.newValue())
                .containsExactly("NEW>OPEN", "OPEN>PENDING", "PENDING>OPEN", "OPEN>RESOLVED", "RESOLVED>CLOSED");
        assertThat(events.stream(TicketStatusChanged.class)).extracting(TicketStatusChanged::to)
                .containsExactly(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.OPEN, TicketStatus.RESOLVED,
                        TicketStatus.CLOSED);
        Ticket closed = ticket;
        assertThatThrownBy(() -> move(fx.agent, closed, TicketStatus.OPEN))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("support.ticket.error.transition"));
    }

    @Test
    void onlyAnAdminClosesATicketThatIsStillOpen() {
        Ticket ticket = move(fx.agent, fx.open("Cobro indebido"), TicketStatus.OPEN);
        assertThatThrownBy(() -> move(fx.agent, ticket, TicketStatus.CLOSED))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("support.ticket.error.close-admin"));
        assertThatThrownBy(() -> move(fx.agent, ticket, TicketStatus.NEW))
                .isInstanceOf(TicketRefusedException.class);

        assertThat(move(fx.admin, ticket, TicketStatus.CLOSED).getStatus()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void aResolvedTicketReopensWithinTheWindowAndCountsIt() {
        Ticket resolved = move(fx.agent, fx.open("Pantalla rota"), TicketStatus.RESOLVED);
        Ticket reopened = move(fx.agent, resolved, TicketStatus.OPEN);

        assertThat(reopened.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.getReopenCount()).isEqualTo(1);
        assertThat(reopened.getResolvedAt()).isNull();
    }

    @Test
    void pastTheWindowAResolvedTicketCannotBeReopenedAndTheNightlyJobClosesIt() {
        Ticket resolved = move(fx.agent, fx.open("Garantía"), TicketStatus.RESOLVED);
        Ticket recent = move(fx.agent, fx.open("Reciente"), TicketStatus.RESOLVED);
        // Eight days pass for the first one: the default window is seven.
        fx.sql("update {schema}.ticket set resolved_at = resolved_at - interval '8 days' where id = ?", resolved.getId());
        Ticket aged = TestData.as(fx.agent, () -> tickets.find(resolved.getId()).orElseThrow());

        assertThat(TestData.as(fx.agent, () -> tickets.nextSteps(aged))).containsExactly(TicketStatus.CLOSED);
        assertThatThrownBy(() -> move(fx.agent, aged, TicketStatus.OPEN))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("support.ticket.error.reopen-window"));

        int closed = TenantScope.call(fx.admin.workspace().tenant(), closing::closeExpired);

        assertThat(closed).isEqualTo(1);
        TestData.as(fx.agent, () -> {
            assertThat(tickets.find(resolved.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.CLOSED);
            assertThat(tickets.find(recent.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
            return null;
        });
        assertThat(events.stream(TicketStatusChanged.class)).filteredOn(event -> event.to() == TicketStatus.CLOSED)
                .singleElement().satisfies(event -> assertThat(event.actorId()).isNull());
    }

    @Test
    void aLongerWindowSetByTheAdminLetsTheTicketBeReopened() {
        Ticket resolved = move(fx.agent, fx.open("Devolución"), TicketStatus.RESOLVED);
        fx.sql("update {schema}.ticket set resolved_at = resolved_at - interval '8 days' where id = ?", resolved.getId());
        TestData.as(fx.admin, () -> settings.saveReopenWindow(10, settings.desk().version()));
        Ticket aged = TestData.as(fx.agent, () -> tickets.find(resolved.getId()).orElseThrow());

        assertThat(move(fx.agent, aged, TicketStatus.OPEN).getReopenCount()).isEqualTo(1);
    }

    @Test
    void editsKeepEveryChangedFieldAndAPriorityChangeIsPublished() {
        Ticket ticket = fx.open("Error en factura");
        var fields = TicketFields.of(ticket);
        var category = TestData.as(fx.agent, () -> settings.categories(false)).getFirst();
        Ticket edited = TestData.as(fx.agent, () -> tickets.update(ticket.getId(), ticket.getVersion(),
                new TicketFields(null, TicketType.COMPLAINT, fields.channel(), "Error en la factura de marzo",
                        fields.description(), TicketPriority.URGENT, category.id(), null)));

        assertThat(edited.getVersion()).isEqualTo(ticket.getVersion() + 1);
        assertThat(history(edited)).extracting(TicketChange::field)
                .containsExactly("CREATED", "TYPE", "SUBJECT", "PRIORITY", "CATEGORY");
        assertThat(history(edited)).filteredOn(change -> change.field().equals("SUBJECT")).singleElement()
                .satisfies(change -> {
                    assertThat(change.oldValue()).isEqualTo("Error en factura");
                    assertThat(change.newValue()).isEqualTo("Error en la factura de marzo");
                    assertThat(change.changedBy()).isEqualTo(fx.agent.userId());
                });
        assertThat(events.stream(TicketPriorityChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.from()).isEqualTo(TicketPriority.NORMAL);
            assertThat(changed.to()).isEqualTo(TicketPriority.URGENT);
        });
    }

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() {
        Ticket ticket = fx.open("Pedido incompleto");
        var fields = TicketFields.of(ticket);
        TestData.as(fx.admin, () -> tickets.update(ticket.getId(), ticket.getVersion(), new TicketFields(null,
                fields.type(), fields.channel(), "Pedido incompleto (faltan 2 cajas)", null, fields.priority(), null,
                null)));

        assertThatThrownBy(() -> TestData.as(fx.agent, () -> tickets.update(ticket.getId(), ticket.getVersion(),
                new TicketFields(null, fields.type(), fields.channel(), "Mi versión", null, fields.priority(), null,
                        null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> move(fx.agent, ticket, TicketStatus.OPEN))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(fx.agent, () -> tickets.find(ticket.getId()).orElseThrow().getSubject()))
                .isEqualTo("Pedido incompleto (faltan 2 cajas)");
    }

    @Test
    void assigningKeepsWhoAndOpensANewTicket() {
        Ticket ticket = fx.open("Cambio de dirección");
        SupportTeam team = TestData.as(fx.admin, () -> settings.addTeam("Primer nivel"));
        Ticket assigned = TestData.as(fx.agent, () -> tickets.assign(ticket.getId(), ticket.getVersion(),
                fx.agent.userId(), team.id()));

        assertThat(assigned.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(assigned.getAssigneeId()).isEqualTo(fx.agent.userId());
        assertThat(assigned.getTeamId()).isEqualTo(team.id());
        assertThat(history(assigned)).extracting(TicketChange::field)
                .containsExactly("CREATED", "ASSIGNEE", "TEAM", "STATUS");
        assertThat(events.stream(TicketAssigned.class)).singleElement();
        assertThat(events.stream(TicketStatusChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(TicketStatus.OPEN));
    }

    @Test
    void salesAndManagementReadButDoNotWriteAndOthersDoNotRead() {
        Ticket ticket = fx.open("Consulta de tarifas");
        SignedInUser sales = fx.member(Role.SALES);
        SignedInUser finance = fx.member(Role.FINANCE);

        assertThat(TestData.as(sales, () -> tickets.find(ticket.getId()))).isPresent();
        assertThat(TestData.as(sales, () -> tickets.nextSteps(ticket))).isEmpty();
        assertThatThrownBy(() -> move(sales, ticket, TicketStatus.OPEN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> tickets.open(SupportFixtures.draft(fx.customer.getId(), "x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(finance, () -> tickets.find(ticket.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicWebFormOpensATicketWithNobodySignedIn() {
        Ticket ticket = TenantScope.call(fx.admin.workspace().tenant(), () -> tickets.openFromWebForm(
                SupportFixtures.draft(fx.customer.getId(), "Formulario: no funciona el acceso")));

        assertThat(ticket.getChannel()).isEqualTo(TicketChannel.WEB_FORM);
        assertThat(ticket.getCreatedBy()).isNull();
        assertThat(events.stream(TicketOpened.class)).singleElement()
                .satisfies(opened -> assertThat(opened.actorId()).isNull());
    }

    @Test
    void openIncidentsCountsOnlyOpenIncidentsOfTheCustomer() {
        fx.open("Incidencia 1");
        move(fx.agent, fx.open("Incidencia 2"), TicketStatus.RESOLVED);
        TestData.as(fx.agent, () -> tickets.open(new TicketDraft(fx.customer.getId(), null, TicketType.INQUIRY,
                TicketChannel.EMAIL, "Consulta", null, TicketPriority.LOW, null, null, null, null)));

        assertThat(TenantScope.call(fx.admin.workspace().tenant(), () -> signals.openIncidents(fx.customer.getId())))
                .isEqualTo(1);
        assertThat(TestData.as(fx.agent, () -> tickets.ofCustomer(fx.customer.getId(), true, 10)))
                .extracting(TicketSummary::subject).containsExactlyInAnyOrder("Incidencia 1", "Consulta");
    }

    private Ticket move(SignedInUser user, Ticket ticket, TicketStatus to) {
        return TestData.as(user, () -> tickets.changeStatus(ticket.getId(), ticket.getVersion(), to));
    }

    private List<TicketChange> history(Ticket ticket) {
        return TestData.as(fx.agent, () -> tickets.history(ticket.getId()));
    }
}
