package com.cartera.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a ticket queue is narrowed to. Empty parts do not narrow; a set matches any of its values.
 *
 * @param text        part of the subject (ignoring case and accents) or the ticket's number
 * @param statuses    ticket statuses; {@link #openOnly} narrows to the open ones instead
 * @param openOnly    only open tickets ({@link TicketStatus#isOpen()})
 * @param priorities  priorities
 * @param types       ticket types
 * @param categoryIds categories
 * @param teamIds     support teams
 * @param assignees   assigned team members' user ids
 * @param unassigned  tickets nobody is assigned to (as well as those of {@code assignees}, if any)
 * @param mine        tickets assigned to the person looking (as well as the others chosen)
 * @param breaching   tickets whose running service-level target is at risk or already missed
 * @param customerId  one customer's tickets
 * @param openedFrom  opened on or after this day (in the workspace's zone)
 * @param openedTo    opened on or before this day
 */
public record TicketFilter(String text, Set<TicketStatus> statuses, boolean openOnly, Set<TicketPriority> priorities,
                           Set<TicketType> types, Set<Long> categoryIds, Set<Long> teamIds, Set<UUID> assignees,
                           boolean unassigned, boolean mine, boolean breaching, Long customerId, LocalDate openedFrom,
                           LocalDate openedTo) {

    public static final TicketFilter NONE = new TicketFilter(null, Set.of(), false, Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), false, false, false, null, null, null);

    public TicketFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        types = types == null ? Set.of() : Set.copyOf(types);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(newText, statuses, openOnly, priorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withStatuses(Set<TicketStatus> newStatuses, boolean newOpenOnly) {
        return new TicketFilter(text, newStatuses, newOpenOnly, priorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withPriorities(Set<TicketPriority> newPriorities) {
        return new TicketFilter(text, statuses, openOnly, newPriorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withTypes(Set<TicketType> newTypes) {
        return new TicketFilter(text, statuses, openOnly, priorities, newTypes, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withCategories(Set<Long> newCategoryIds) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, newCategoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withTeams(Set<Long> newTeamIds) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, categoryIds, newTeamIds, assignees,
                unassigned, mine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withAssignees(Set<UUID> newAssignees, boolean newUnassigned, boolean newMine) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, categoryIds, teamIds, newAssignees,
                newUnassigned, newMine, breaching, customerId, openedFrom, openedTo);
    }

    public TicketFilter withCustomer(Long newCustomerId) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, newCustomerId, openedFrom, openedTo);
    }

    public TicketFilter withOpened(LocalDate from, LocalDate to) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, breaching, customerId, from, to);
    }

    public TicketFilter withBreaching(boolean newBreaching) {
        return new TicketFilter(text, statuses, openOnly, priorities, types, categoryIds, teamIds, assignees,
                unassigned, mine, newBreaching, customerId, openedFrom, openedTo);
    }

    /** Whether the person filters by assignee at all. */
    boolean byAssignee() {
        return !assignees.isEmpty() || unassigned || mine;
    }
}
