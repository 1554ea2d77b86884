package com.cartera.support;

import static com.cartera.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person does with a queue beyond reading it, on PostgreSQL: saved views, bulk assign and close through the
 * real ticket service, and the .xlsx export; none of it reaches another workspace.
 */
@CarteraIntegrationTest
class QueueWorkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SavedQueueViews views;
    @Autowired
    QueueBulk bulk;
    @Autowired
    TicketExport export;
    @Autowired
    TicketService tickets;

    private QueueFixtures q;

    @BeforeEach
    void desk() {
        q = new QueueFixtures(context, "Trabajo " + TestData.uniqueSlug("w"));
    }

    private QueueBulk.Selected selected(Ticket ticket) {
        Ticket now = as(q.agent, () -> tickets.find(ticket.getId()).orElseThrow());
        return new QueueBulk.Selected(now.getId(), now.getVersion());
    }

    @Test
    void savedViewsArePersonalNamedOnceAndVersioned() {
        var definition = new QueueView(TicketFilter.NONE.withStatuses(Set.of(), true)
                .withPriorities(Set.of(TicketPriority.URGENT)).withTeams(Set.of(q.teamNorth)),
                new TicketSort(TicketSort.Column.PRIORITY, true), List.of("number", "subject"));
        SavedQueueView saved = as(q.agent, () -> views.create("  Urgentes del norte ", definition));

        assertThat(saved.name()).isEqualTo("Urgentes del norte");
        assertThat(as(q.agent, views::mine)).singleElement().satisfies(view -> {
            assertThat(view.view()).isEqualTo(definition);
            assertThat(view.version()).isZero();
        });
        assertThat(as(q.agent2, views::mine)).as("someone else's views").isEmpty();
        assertThatThrownBy(() -> as(q.agent, () -> views.create("URGENTES DEL NORTE", definition)))
                .isInstanceOf(FieldRejectedException.class).hasMessageContaining("support.queue.view.name.taken");
        assertThatThrownBy(() -> as(q.agent, () -> views.create(" ", definition)))
                .hasMessageContaining("support.queue.view.name.required");
        assertThatThrownBy(() -> as(q.agent, () -> views.create("x".repeat(81), definition)))
                .hasMessageContaining("support.queue.view.name.too-long");

        var changed = new QueueView(TicketFilter.NONE, TicketSort.NEWEST, List.of());
        assertThatThrownBy(() -> as(q.agent2, () -> views.update(saved.id(), 0, changed)))
                .as("only the owner").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        SavedQueueView updated = as(q.agent, () -> views.update(saved.id(), 0, changed));
        assertThat(updated.version()).isOne();
        assertThatThrownBy(() -> as(q.agent, () -> views.update(saved.id(), 0, definition)))
                .as("a stale version").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        as(q.agent, () -> {
            views.delete(saved.id(), 1);
            return null;
        });
        assertThat(as(q.agent, views::mine)).isEmpty();
    }

    @Test
    void anotherWorkspaceCannotReadOrChangeSavedViews() {
        SavedQueueView saved = as(q.agent, () -> views.create("Mías", new QueueView(null, null, null)));
        var elsewhere = new QueueFixtures(context, "Otra " + TestData.uniqueSlug("w"));

        assertThat(as(elsewhere.agent, views::mine)).isEmpty();
        assertThatThrownBy(() -> as(elsewhere.admin, () -> views.update(saved.id(), 0, new QueueView(null, null,
                null)))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(elsewhere.admin, () -> {
            views.delete(saved.id(), 0);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as(q.agent, views::mine)).hasSize(1);
    }

    @Test
    void bulkAssignChangesEachTicketThroughItsOwnRulesAndReportsRefusals() {
        Ticket first = q.open("Router sin conexión", TicketPriority.HIGH);
        Ticket second = q.open("Pantalla rota", TicketPriority.NORMAL);
        Ticket stale = q.open("Teclado", TicketPriority.LOW);
        var staleSelection = selected(stale);
        as(q.agent, () -> tickets.assign(stale.getId(), staleSelection.version(), q.agent.userId(), null));

        QueueBulk.Outcome outcome = as(q.agent, () -> bulk.assign(List.of(selected(first), selected(second),
                staleSelection), q.agent2.userId(), q.teamSouth));

        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(outcome.refused()).containsExactly(
                new QueueBulk.Refusal(stale.getId(), "support.queue.bulk.changed"));
        for (Ticket ticket : List.of(first, second)) {
            Ticket now = as(q.agent, () -> tickets.find(ticket.getId()).orElseThrow());
            assertThat(now.getAssigneeId()).isEqualTo(q.agent2.userId());
            assertThat(now.getTeamId()).isEqualTo(q.teamSouth);
            assertThat(now.getStatus()).as("taken, so open").isEqualTo(TicketStatus.OPEN);
            assertThat(as(q.agent, () -> tickets.history(ticket.getId()))).extracting(TicketChange::field)
                    .contains("ASSIGNEE", "TEAM");
        }
        assertThat(as(q.agent, () -> tickets.find(stale.getId()).orElseThrow().getAssigneeId()))
                .isEqualTo(q.agent.userId());
        assertThatThrownBy(() -> as(q.sales, () -> bulk.assign(List.of(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bulkCloseFollowsTheWorkflowPerTicket() {
        Ticket open = q.open("Sigue abierta", TicketPriority.NORMAL);
        Ticket done = q.open("Ya resuelta", TicketPriority.NORMAL);
        as(q.agent, () -> tickets.changeStatus(done.getId(), selected(done).version(), TicketStatus.RESOLVED));

        QueueBulk.Outcome bySupport = as(q.agent, () -> bulk.close(List.of(selected(open), selected(done))));

        assertThat(bySupport.changed()).isOne();
        assertThat(bySupport.refused()).containsExactly(
                new QueueBulk.Refusal(open.getId(), "support.ticket.error.close-admin"));
        assertThat(as(q.agent, () -> tickets.find(done.getId()).orElseThrow().getStatus()))
                .isEqualTo(TicketStatus.CLOSED);

        QueueBulk.Outcome byAdmin = as(q.admin, () -> bulk.close(List.of(selected(open))));
        assertThat(byAdmin).isEqualTo(new QueueBulk.Outcome(1, List.of()));
    }

    @Test
    void bulkWorkNeverReachesAnotherWorkspacesTickets() {
        var elsewhere = new QueueFixtures(context, "Otra " + TestData.uniqueSlug("w"));
        Ticket theirs = elsewhere.open("Ticket ajeno", TicketPriority.NORMAL);
        var selection = List.of(new QueueBulk.Selected(theirs.getId(), 0));

        QueueBulk.Outcome assigned = as(q.admin, () -> bulk.assign(selection, q.agent.userId(), null));
        QueueBulk.Outcome closed = as(q.admin, () -> bulk.close(selection));

        assertThat(assigned.changed()).isZero();
        assertThat(closed.changed()).isZero();
        Ticket untouched = as(elsewhere.agent, () -> tickets.find(theirs.getId()).orElseThrow());
        assertThat(untouched.getAssigneeId()).isNull();
        assertThat(untouched.getStatus()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void theExportHasTheFilteredRowsInOrderAndNothingOfAnotherWorkspace() throws Exception {
        Ticket urgent = q.open("=HYPERLINK(\"http://x\") urgente", TicketPriority.URGENT);
        Ticket normal = q.open("Normal", TicketPriority.NORMAL);
        q.open("Baja", TicketPriority.LOW);
        var elsewhere = new QueueFixtures(context, "Otra " + TestData.uniqueSlug("w"));
        elsewhere.open("Ajena urgente", TicketPriority.URGENT);
        var out = new ByteArrayOutputStream();

        int rows = as(q.agent, () -> export.write(TicketFilter.NONE.withPriorities(
                        Set.of(TicketPriority.URGENT, TicketPriority.NORMAL)),
                new TicketSort(TicketSort.Column.PRIORITY, true), out, Locale.forLanguageTag("es")));

        assertThat(rows).isEqualTo(2);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            List<List<String>> cells = new ArrayList<>();
            for (Row row : sheet) {
                cells.add(List.of(row.getCell(0).toString(), row.getCell(1).getStringCellValue(),
                        row.getCell(3).getStringCellValue(), row.getCell(5).getStringCellValue()));
            }
            assertThat(cells).containsExactly(
                    List.of("Nº", "Asunto", "Prioridad", "Cliente"),
                    List.of(String.valueOf((double) urgent.getId()), "'=HYPERLINK(\"http://x\") urgente", "Urgente",
                            q.customer.getName()),
                    List.of(String.valueOf((double) normal.getId()), "Normal", "Normal", q.customer.getName()));
        }
    }
}
