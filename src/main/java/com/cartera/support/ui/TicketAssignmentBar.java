package com.cartera.support.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.cartera.security.TeamMember;
import com.cartera.support.SupportTeam;
import com.cartera.support.Ticket;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** Who has the ticket and in which team queue; support and admin change both with one button. */
class TicketAssignmentBar extends FlexLayout {

    final ComboBox<UUID> assignee = new ComboBox<>();
    final ComboBox<Long> team = new ComboBox<>();
    final Button assign = new Button();

    private Map<UUID, String> memberNames = Map.of();
    private Map<Long, String> teamNames = Map.of();

    TicketAssignmentBar(BiConsumer<UUID, Long> onAssign) {
        addClassName("ticket-assignment");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        assignee.setLabel(getTranslation("support.ticket.assignee"));
        assignee.setPlaceholder(getTranslation("support.ticket.none"));
        assignee.setClearButtonVisible(true);
        assignee.setItemLabelGenerator(id -> memberNames.getOrDefault(id, "—"));
        team.setLabel(getTranslation("support.ticket.team"));
        team.setPlaceholder(getTranslation("support.ticket.none"));
        team.setClearButtonVisible(true);
        team.setItemLabelGenerator(id -> teamNames.getOrDefault(id, "—"));
        assign.setText(getTranslation("support.ticket.assign"));
        assign.addClickListener(e -> onAssign.accept(assignee.getValue(), team.getValue()));
        add(assignee, team, assign);
    }

    /**
     * @param members everyone who is or was a member (a former one may still have old tickets)
     * @param teams   every team queue, archived ones too
     */
    void show(Ticket ticket, List<TeamMember> members, List<SupportTeam> teams, boolean writable) {
        memberNames = members.stream().collect(Collectors.toMap(TeamMember::getUserId,
                TeamMember::getDisplayName, (one, other) -> one, LinkedHashMap::new));
        assignee.setItems(members.stream()
                .filter(member -> member.isActive() || member.getUserId().equals(ticket.getAssigneeId()))
                .map(TeamMember::getUserId).toList());
        teamNames = teams.stream().collect(Collectors.toMap(SupportTeam::id, SupportTeam::name,
                (one, other) -> one, LinkedHashMap::new));
        team.setItems(teams.stream().filter(found -> !found.archived() || Long.valueOf(found.id())
                .equals(ticket.getTeamId())).map(SupportTeam::id).toList());
        assignee.setValue(ticket.getAssigneeId());
        team.setValue(ticket.getTeamId());
        assignee.setReadOnly(!writable);
        team.setReadOnly(!writable);
        assign.setVisible(writable);
    }
}
