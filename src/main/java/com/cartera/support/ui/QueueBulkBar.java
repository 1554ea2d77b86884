package com.cartera.support.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.base.ui.Notifications;
import com.cartera.security.TeamMember;
import com.cartera.support.QueueBulk;
import com.cartera.support.QueueBulk.Outcome;
import com.cartera.support.TicketQueue.Choice;
import com.cartera.support.TicketQueueRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Bulk assign and bulk close of the tickets selected in the queue, shown while some are selected (support and
 * admin only). Says how many were changed and which were refused, with why.
 */
class QueueBulkBar extends HorizontalLayout {

    final Span selected = new Span();
    final Button assign = new Button();
    final Button close = new Button();

    private final TicketGrid grid;
    private final QueueBulk bulk;
    private final List<TeamMember> members;
    private final List<Choice> teams;

    QueueBulkBar(TicketGrid grid, QueueBulk bulk, List<TeamMember> members, List<Choice> teams) {
        this.grid = grid;
        this.bulk = bulk;
        this.members = members;
        this.teams = teams;
        addClassName("queue-bulk");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        assign.setText(getTranslation("support.queue.bulk.assign"));
        assign.setIcon(VaadinIcon.USER_CHECK.create());
        assign.addClickListener(e -> openAssign());
        close.setText(getTranslation("support.queue.bulk.close"));
        close.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        close.addClickListener(e -> report(bulk.close(selection())));
        add(selected, assign, close);
        setVisible(false);
        grid.addSelectionListener(e -> {
            int count = e.getAllSelectedItems().size();
            selected.setText(getTranslation("support.queue.bulk.selected", count));
            setVisible(count > 0);
        });
    }

    private Set<QueueBulk.Selected> selection() {
        return grid.getSelectedItems().stream().map(row -> new QueueBulk.Selected(row.id(), row.version()))
                .collect(Collectors.toSet());
    }

    void openAssign() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("support.queue.bulk.assign"));
        var person = new ComboBox<TeamMember>(getTranslation("support.queue.column.assignee"));
        person.setId("bulk-assignee");
        person.setItems(members);
        person.setItemLabelGenerator(TeamMember::getDisplayName);
        person.setPlaceholder(getTranslation("support.queue.unassigned"));
        person.setClearButtonVisible(true);
        var team = new ComboBox<Choice>(getTranslation("support.queue.column.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Choice::name);
        team.setPlaceholder(getTranslation("support.queue.bulk.keep-team"));
        team.setClearButtonVisible(true);
        var apply = new Button(getTranslation("support.queue.bulk.apply"), e -> {
            UUID assignee = person.getValue() == null ? null : person.getValue().getUserId();
            Long teamId = team.getValue() == null ? null : team.getValue().id();
            dialog.close();
            report(bulk.assign(selection(), assignee, teamId));
        });
        apply.setId("bulk-assign-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(person, team));
        dialog.getFooter().add(new Button(getTranslation("support.queue.views.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    private void report(Outcome outcome) {
        grid.deselectAll();
        grid.refresh();
        if (outcome.refused().isEmpty()) {
            Notifications.success(getTranslation("support.queue.bulk.done", outcome.changed()));
            return;
        }
        String refused = outcome.refused().stream()
                .map(r -> "#" + r.ticketId() + ": " + getTranslation(r.messageKey()))
                .collect(Collectors.joining("; "));
        Notifications.warning(getTranslation("support.queue.bulk.partly", outcome.changed(), outcome.refused().size(),
                refused));
    }
}
