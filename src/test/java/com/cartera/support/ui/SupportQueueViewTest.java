package com.cartera.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.QueueView;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketFilter;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketQueueRow;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSort;
import com.cartera.support.TicketType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue view: the named queues, query parameters, search, count, saved views, roles and the phone layout. */
class SupportQueueViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser agent;
    private long teamId;
    private long mineId;

    @BeforeEach
    void desk() {
        admin = data.newWorkspace("Cola " + TestData.uniqueSlug("k"));
        agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte", Set.of(Role.SUPPORT));
        Customer customer = data.customer(admin, "Talleres Gómez", TestData.uniqueEmail("c"), LifecycleStage.ACTIVE);
        teamId = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("insert into "
                + admin.workspace().tenant().schema() + ".support_team (name) values ('Equipo Karibu') returning id",
                Long.class);
        var tickets = context.getBean(TicketService.class);
        mineId = as(agent, () -> tickets.open(draft(customer, "Mía urgente", TicketPriority.URGENT, agent, null)))
                .getId();
        as(agent, () -> tickets.open(draft(customer, "Sin dueño", TicketPriority.LOW, null, teamId)));
        as(agent, () -> tickets.open(draft(customer, "Sin dueño tampoco", TicketPriority.HIGH, null, null)));
    }

    private static TicketDraft draft(Customer customer, String subject, TicketPriority priority, SignedInUser assignee,
                                     Long team) {
        return new TicketDraft(customer.getId(), null, TicketType.INCIDENT, TicketChannel.PHONE, subject, null,
                priority, null, null, assignee == null ? null : assignee.userId(), team);
    }

    private static List<String> subjects(Grid<TicketQueueRow> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).subject()).toList();
    }

    @Test
    void opensOnMyTicketsAndSwitchesQueues() {
        login(agent);
        UI.getCurrent().navigate("support");
        var view = _get(SupportQueueView.class);

        assertThat(view.heading()).isEqualTo("Colas de incidencias");
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabOf.get(Queue.MINE));
        assertThat(subjects(view.grid)).containsExactly("Mía urgente");
        assertThat(view.rowCount.getText()).isEqualTo("1 incidencias");

        view.showQueue(Queue.UNASSIGNED, null);
        assertThat(subjects(view.grid)).containsExactly("Sin dueño tampoco", "Sin dueño");
        view.grid.sortBy(new TicketSort(TicketSort.Column.PRIORITY, true));
        assertThat(subjects(view.grid)).containsExactly("Sin dueño tampoco", "Sin dueño");

        view.showQueue(Queue.ALL, null);
        view.search.setValue("tampoco");
        assertThat(subjects(view.grid)).containsExactly("Sin dueño tampoco");
        view.search.setValue("#" + mineId);
        assertThat(subjects(view.grid)).containsExactly("Mía urgente");
    }

    @Test
    void queryParametersOpenTheMatchingQueue() {
        login(agent);
        UI.getCurrent().navigate("support", QueryParameters.simple(Map.of("queue", "team", "team",
                String.valueOf(teamId))));
        var view = _get(SupportQueueView.class);

        assertThat(view.tabs.getSelectedTab()).isSameAs(view.tabOf.get(Queue.TEAM));
        assertThat(view.team.isVisible()).isTrue();
        assertThat(view.grid.filter().teamIds()).containsExactly(teamId);
        assertThat(subjects(view.grid)).containsExactly("Sin dueño");

        UI.getCurrent().navigate("support", QueryParameters.simple(Map.of("queue", "all", "priority", "URGENT,HIGH")));
        view = _get(SupportQueueView.class);
        assertThat(subjects(view.grid)).containsExactly("Sin dueño tampoco", "Mía urgente");
    }

    @Test
    void aSavedViewBringsBackFilterSortAndColumns() {
        login(agent);
        UI.getCurrent().navigate("support");
        var view = _get(SupportQueueView.class);
        view.applyView(new QueueView(TicketFilter.NONE.withPriorities(Set.of(TicketPriority.LOW)),
                new TicketSort(TicketSort.Column.NUMBER, false), List.of(TicketGrid.NUMBER, TicketGrid.SUBJECT)));

        assertThat(subjects(view.grid)).containsExactly("Sin dueño");
        assertThat(view.grid.getColumnByKey(TicketGrid.CUSTOMER).isVisible()).isFalse();
        QueueView current = view.currentView();
        assertThat(current.sort()).isEqualTo(new TicketSort(TicketSort.Column.NUMBER, false));
        assertThat(current.columns()).containsExactly(TicketGrid.NUMBER, TicketGrid.SUBJECT);
        assertThat(current.filter().priorities()).containsExactly(TicketPriority.LOW);
    }

    @Test
    void managementReadsWithoutBulkActionsAndAPhoneKeepsFewColumns() {
        var manager = data.addMember(admin, TestData.uniqueEmail("direccion"), "Dora Dirección",
                Set.of(Role.MANAGEMENT));
        login(manager);
        UI.getCurrent().navigate("support", QueryParameters.simple(Map.of("queue", "all")));
        var view = _get(SupportQueueView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.grid.getSelectionMode()).isEqualTo(Grid.SelectionMode.NONE);
        assertThat(view.bulkBar.isVisible()).isFalse();

        view.grid.compact(true);
        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly(TicketGrid.NUMBER, TicketGrid.SUBJECT, TicketGrid.PRIORITY, TicketGrid.TIME_LEFT);
    }
}
