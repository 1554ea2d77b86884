package com.cartera.support.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.security.TeamMember;
import com.cartera.support.TicketFilter;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketQueue.Choice;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A queue's filters beyond the search: status (or "open"), priority, type, category, team, assignee (with "me" and
 * "unassigned"), and the opening date range. Tells {@code onChange} whenever they change and are consistent; a
 * range whose start lies after its end is marked on the field instead. The customer a drill-down brought, and the
 * "breaching soon" queue, are kept as they are.
 */
class QueueFilters extends FormLayout {

    /** A status to filter by, or all open ones. */
    record StatusChoice(TicketStatus status) {
        static final StatusChoice OPEN = new StatusChoice(null);
    }

    /** An assignee to filter by: a person, the one looking ("me"), or nobody. */
    record AssigneeChoice(UUID userId, String name, boolean me) {
        static final AssigneeChoice ME = new AssigneeChoice(null, null, true);
        static final AssigneeChoice NOBODY = new AssigneeChoice(null, null, false);
    }

    final MultiSelectComboBox<StatusChoice> statuses = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TicketPriority> priorities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TicketType> types = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> teams = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AssigneeChoice> assignees = new MultiSelectComboBox<>();
    final DatePicker openedFrom = new DatePicker();
    final DatePicker openedTo = new DatePicker();

    private final Runnable onChange;
    private Long customerId;
    /** Set by the "breaching soon" queue, not a field of its own. */
    private boolean breaching;
    private boolean showing;

    QueueFilters(List<Choice> categoryChoices, List<Choice> teamChoices, List<TeamMember> members,
                 Runnable onChange) {
        this.onChange = onChange;
        addClassName("queue-filters");
        var statusItems = new java.util.ArrayList<StatusChoice>();
        statusItems.add(StatusChoice.OPEN);
        Arrays.stream(TicketStatus.values()).map(StatusChoice::new).forEach(statusItems::add);
        statuses.setItems(statusItems);
        statuses.setItemLabelGenerator(choice -> choice.status() == null ? getTranslation("support.queue.filter.open")
                : getTranslation("support.queue.status." + choice.status()));
        priorities.setItems(TicketPriority.values());
        priorities.setItemLabelGenerator(p -> getTranslation("support.queue.priority." + p));
        types.setItems(TicketType.values());
        types.setItemLabelGenerator(t -> getTranslation("support.queue.type." + t));
        categories.setItems(categoryChoices);
        categories.setItemLabelGenerator(Choice::name);
        teams.setItems(teamChoices);
        teams.setItemLabelGenerator(Choice::name);
        var people = new java.util.ArrayList<AssigneeChoice>();
        people.add(AssigneeChoice.ME);
        people.add(AssigneeChoice.NOBODY);
        members.forEach(m -> people.add(new AssigneeChoice(m.getUserId(), m.getDisplayName(), false)));
        assignees.setItems(people);
        assignees.setItemLabelGenerator(a -> a.me() ? getTranslation("support.queue.filter.me")
                : a.userId() == null ? getTranslation("support.queue.unassigned") : a.name());

        label(statuses, "support.queue.column.status");
        label(priorities, "support.queue.column.priority");
        label(types, "support.queue.column.type");
        label(categories, "support.queue.column.category");
        label(teams, "support.queue.column.team");
        label(assignees, "support.queue.column.assignee");
        openedFrom.setLabel(getTranslation("support.queue.filter.opened-from"));
        openedTo.setLabel(getTranslation("support.queue.filter.opened-to"));
        add(statuses, priorities, types, categories, teams, assignees, openedFrom, openedTo);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("60em", 4));

        statuses.addValueChangeListener(e -> changed());
        priorities.addValueChangeListener(e -> changed());
        types.addValueChangeListener(e -> changed());
        categories.addValueChangeListener(e -> changed());
        teams.addValueChangeListener(e -> changed());
        assignees.addValueChangeListener(e -> changed());
        openedFrom.addValueChangeListener(e -> changed());
        openedTo.addValueChangeListener(e -> changed());
    }

    private void label(MultiSelectComboBox<?> box, String key) {
        box.setLabel(getTranslation(key));
        box.setClearButtonVisible(true);
    }

    private void changed() {
        if (showing) {
            return;
        }
        LocalDate from = openedFrom.getValue();
        LocalDate to = openedTo.getValue();
        boolean backwards = from != null && to != null && from.isAfter(to);
        openedTo.setInvalid(backwards);
        openedTo.setErrorMessage(backwards ? getTranslation("support.queue.filter.range-backwards") : null);
        if (!backwards) {
            onChange.run();
        }
    }

    /** The filter the fields describe, with {@code text} from the search field. */
    TicketFilter value(String text) {
        Set<TicketStatus> chosen = statuses.getValue().stream().map(StatusChoice::status).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        boolean open = statuses.getValue().contains(StatusChoice.OPEN);
        Set<AssigneeChoice> people = assignees.getValue();
        Set<UUID> ids = people.stream().map(AssigneeChoice::userId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new TicketFilter(text, chosen, open, priorities.getValue(), types.getValue(),
                ids(categories.getValue()), ids(teams.getValue()), ids, people.contains(AssigneeChoice.NOBODY),
                people.contains(AssigneeChoice.ME), breaching, customerId, openedFrom.getValue(), openedTo.getValue());
    }

    /** Sets the fields to {@code filter} without telling {@code onChange} for each. */
    void show(TicketFilter filter) {
        showing = true;
        try {
            var statusValue = new HashSet<StatusChoice>();
            if (filter.openOnly()) {
                statusValue.add(StatusChoice.OPEN);
            }
            filter.statuses().forEach(s -> statusValue.add(new StatusChoice(s)));
            statuses.setValue(statusValue);
            priorities.setValue(filter.priorities().isEmpty() ? EnumSet.noneOf(TicketPriority.class)
                    : EnumSet.copyOf(filter.priorities()));
            types.setValue(filter.types().isEmpty() ? EnumSet.noneOf(TicketType.class) : EnumSet.copyOf(filter.types()));
            categories.setValue(chosen(categories, filter.categoryIds()));
            teams.setValue(chosen(teams, filter.teamIds()));
            assignees.setValue(assignees.getListDataView().getItems()
                    .filter(a -> a.me() ? filter.mine() : a.userId() == null ? filter.unassigned()
                            : filter.assignees().contains(a.userId()))
                    .collect(Collectors.toSet()));
            openedFrom.setValue(filter.openedFrom());
            openedTo.setValue(filter.openedTo());
            customerId = filter.customerId();
            breaching = filter.breaching();
        } finally {
            showing = false;
        }
    }

    private static Set<Choice> chosen(MultiSelectComboBox<Choice> box, Set<Long> ids) {
        return box.getListDataView().getItems().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }
}
