package com.cartera.support;

import static com.cartera.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerService;
import com.cartera.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The queues' queries on PostgreSQL: filters, sort, the named queues, capped count, who sees what, isolation. */
@CarteraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketQueueTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketQueue queue;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;

    private QueueFixtures q;
    private Ticket printer;
    private Ticket invoice;
    private Ticket urgent;
    private Ticket mine;
    private Ticket resolved;

    /** One desk for the class: signing up a workspace is the slow part, and no test changes what another reads. */
    @BeforeAll
    void desk() {
        q = new QueueFixtures(context, "Colas " + TestData.uniqueSlug("q"));
        printer = q.open(q.customer, "La impresora no imprime", TicketType.INCIDENT, TicketPriority.NORMAL,
                q.hardware, null, q.teamNorth);
        invoice = q.open(q.other, "Factura duplicada de marzo", TicketType.COMPLAINT, TicketPriority.HIGH,
                q.billing, null, q.teamSouth);
        urgent = q.open(q.customer, "Servidor caído", TicketType.INCIDENT, TicketPriority.URGENT, q.hardware,
                q.agent2.userId(), q.teamNorth);
        mine = q.open(q.customer, "Consulta de garantía", TicketType.INQUIRY, TicketPriority.LOW, null,
                q.agent.userId(), q.teamNorth);
        resolved = q.open(q.other, "Cambio de contraseña", TicketType.REQUEST, TicketPriority.NORMAL, null,
                q.agent.userId(), null);
        as(q.agent, () -> tickets.changeStatus(resolved.getId(), tickets.find(resolved.getId()).orElseThrow()
                .getVersion(), TicketStatus.RESOLVED));
        q.openedAgo(printer.getId(), Duration.ofDays(3));
        q.openedAgo(invoice.getId(), Duration.ofDays(2));
        q.openedAgo(urgent.getId(), Duration.ofDays(1));
        q.openedAgo(mine.getId(), Duration.ofHours(5));
        q.openedAgo(resolved.getId(), Duration.ofHours(1));
    }

    private List<Long> ids(TicketFilter filter, TicketSort sort) {
        return as(q.agent, () -> queue.page(filter, sort, 0, 50)).stream().map(TicketQueueRow::id).toList();
    }

    private List<Long> ids(TicketFilter filter) {
        return ids(filter, TicketSort.NEWEST);
    }

    private static TicketFilter open() {
        return TicketFilter.NONE.withStatuses(Set.of(), true);
    }

    @Test
    void theNamedQueuesShowTheirOpenTickets() {
        assertThat(ids(open().withAssignees(Set.of(), false, true))).containsExactly(mine.getId());
        assertThat(ids(open().withAssignees(Set.of(), true, false)))
                .containsExactly(invoice.getId(), printer.getId());
        assertThat(ids(open().withTeams(Set.of(q.teamNorth)), new TicketSort(TicketSort.Column.PRIORITY, true)))
                .containsExactly(urgent.getId(), printer.getId(), mine.getId());
        assertThat(ids(TicketFilter.NONE)).containsExactly(resolved.getId(), mine.getId(), urgent.getId(),
                invoice.getId(), printer.getId());
    }

    @Test
    void everyFilterNarrowsOnTheServer() {
        assertThat(ids(TicketFilter.NONE.withText("IMPRESORA"))).containsExactly(printer.getId());
        assertThat(ids(TicketFilter.NONE.withText("garantia"))).as("accents ignored").containsExactly(mine.getId());
        assertThat(ids(TicketFilter.NONE.withText("#" + invoice.getId()))).contains(invoice.getId());
        assertThat(ids(TicketFilter.NONE.withText("100%"))).isEmpty();
        assertThat(ids(TicketFilter.NONE.withStatuses(Set.of(TicketStatus.RESOLVED), false)))
                .containsExactly(resolved.getId());
        assertThat(ids(TicketFilter.NONE.withPriorities(Set.of(TicketPriority.HIGH, TicketPriority.URGENT))))
                .containsExactly(urgent.getId(), invoice.getId());
        assertThat(ids(TicketFilter.NONE.withTypes(Set.of(TicketType.COMPLAINT)))).containsExactly(invoice.getId());
        assertThat(ids(TicketFilter.NONE.withCategories(Set.of(q.hardware))))
                .containsExactly(urgent.getId(), printer.getId());
        assertThat(ids(TicketFilter.NONE.withAssignees(Set.of(q.agent2.userId()), true, false)))
                .containsExactly(urgent.getId(), invoice.getId(), printer.getId());
        assertThat(ids(TicketFilter.NONE.withCustomer(q.other.getId())))
                .containsExactly(resolved.getId(), invoice.getId());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(ids(TicketFilter.NONE.withOpened(today.minusDays(3), today.minusDays(3))))
                .containsExactly(printer.getId());
    }

    @Test
    void sortsByEveryColumnWithTheNumberBreakingTies() {
        assertThat(ids(TicketFilter.NONE, new TicketSort(TicketSort.Column.OPENED, false)))
                .containsExactly(printer.getId(), invoice.getId(), urgent.getId(), mine.getId(), resolved.getId());
        assertThat(ids(TicketFilter.NONE, new TicketSort(TicketSort.Column.NUMBER, true)))
                .containsExactly(resolved.getId(), mine.getId(), urgent.getId(), invoice.getId(), printer.getId());
        assertThat(ids(TicketFilter.NONE, new TicketSort(TicketSort.Column.SUBJECT, false)))
                .containsExactly(resolved.getId(), mine.getId(), invoice.getId(), printer.getId(), urgent.getId());
        assertThat(ids(TicketFilter.NONE, new TicketSort(TicketSort.Column.PRIORITY, true)).getFirst())
                .isEqualTo(urgent.getId());
        assertThat(as(q.agent, () -> queue.page(TicketFilter.NONE, TicketSort.NEWEST, 1, 2))).extracting(
                TicketQueueRow::id).containsExactly(mine.getId(), urgent.getId());
    }

    @Test
    void rowsCarryTheNamesShownBesideThem() {
        TicketQueueRow row = as(q.agent, () -> queue.page(TicketFilter.NONE.withText("Servidor"),
                TicketSort.NEWEST, 0, 5)).getFirst();
        assertThat(row.customerName()).isEqualTo(q.customer.getName());
        assertThat(row.assigneeName()).isEqualTo("Bruno Soporte");
        assertThat(row.teamName()).isEqualTo("Equipo Norte");
        assertThat(row.categoryName()).isEqualTo("Impresoras y equipos");
        assertThat(row.status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void theCountStopsAtItsLimit() {
        assertThat(as(q.agent, () -> queue.countUpTo(TicketFilter.NONE, 3))).isEqualTo(new QueueCount(3, true));
        assertThat(as(q.agent, () -> queue.countUpTo(TicketFilter.NONE, 5))).isEqualTo(new QueueCount(5, false));
        assertThat(as(q.agent, () -> queue.countUpTo(open(), 10))).isEqualTo(new QueueCount(4, false));
    }

    @Test
    void breachingSoonFollowsTheServiceLevelClock() {
        assertThat(ids(open().withBreaching(true))).isEmpty();
        q.sql("update {schema}.ticket_sla set first_response_warn_at = now() - interval '1 minute',"
                + " resolution_warn_at = now() - interval '1 minute' where ticket_id = ?", invoice.getId());

        assertThat(ids(open().withBreaching(true))).containsExactly(invoice.getId());
    }

    @Test
    void salesSeeTheTicketsOfLiveCustomersOnlyAndOthersNone() {
        var deleted = q.other;
        as(q.admin, () -> {
            customers.delete(deleted.getId(), customers.find(deleted.getId()).orElseThrow().getVersion());
            return null;
        });

        assertThat(as(q.sales, () -> queue.page(TicketFilter.NONE, TicketSort.NEWEST, 0, 50)))
                .extracting(TicketQueueRow::customerId).containsOnly(q.customer.getId()).hasSize(3);
        assertThat(as(q.sales, () -> queue.countUpTo(TicketFilter.NONE, 100))).isEqualTo(new QueueCount(3, false));
        assertThat(ids(TicketFilter.NONE)).as("support still sees them").hasSize(5);
        var marketing = q.fx.member(Role.MARKETING);
        assertThatThrownBy(() -> as(marketing, () -> queue.page(TicketFilter.NONE, TicketSort.NEWEST, 0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherWorkspacesTicketsAreNeverListedOrCounted() {
        var elsewhere = new QueueFixtures(context, "Otra " + TestData.uniqueSlug("q"));
        Ticket theirs = elsewhere.open("La impresora de otro", TicketPriority.URGENT);

        assertThat(ids(TicketFilter.NONE.withText("impresora"))).containsExactly(printer.getId());
        // Ticket and customer numbers are per workspace: the other's numbers may name tickets of this one, never theirs.
        for (TicketFilter filter : List.of(TicketFilter.NONE, TicketFilter.NONE.withText("#" + theirs.getId()),
                TicketFilter.NONE.withCustomer(elsewhere.customer.getId()),
                TicketFilter.NONE.withPriorities(Set.of(TicketPriority.URGENT)))) {
            assertThat(as(q.agent, () -> queue.page(filter, TicketSort.NEWEST, 0, 50)))
                    .extracting(TicketQueueRow::subject).doesNotContain("La impresora de otro");
        }
        assertThat(as(q.agent, () -> queue.countUpTo(TicketFilter.NONE, 100))).isEqualTo(new QueueCount(5, false));
    }
}
