package com.cartera.activity.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.activity.Interaction;
import com.cartera.activity.InteractionService;
import com.cartera.base.mention.Mentions;
import com.cartera.customer.Customer;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * A customer's interactions, newest first, paged from the database. Who may log interactions with the
 * customer logs them here, and corrects their own by clicking them.
 */
class InteractionsPanel extends VerticalLayout {

    final Button log = new Button();
    final Grid<Interaction> grid = new Grid<>();

    private final Customer customer;
    private final InteractionService interactionService;
    private final TeamDirectory teamDirectory;
    private final ZoneId zone;
    private final Map<UUID, String> authorNames = new HashMap<>();

    InteractionsPanel(Customer customer, InteractionService interactionService, TeamDirectory teamDirectory,
                      ZoneId zone) {
        this.zone = zone;
        this.customer = customer;
        this.interactionService = interactionService;
        this.teamDirectory = teamDirectory;
        boolean canLog = interactionService.canLog(customer);
        addClassName("interactions-panel");
        setPadding(false);
        setSizeFull();

        log.setText(getTranslation("interaction.log"));
        log.setIcon(VaadinIcon.PHONE.create());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(e -> openLogDialog());
        log.setVisible(canLog);

        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        grid.addColumn(i -> times.format(i.getOccurredAt())).setHeader(getTranslation("interaction.occurred-at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(i -> getTranslation("interaction.kind." + i.getKind().name()))
                .setHeader(getTranslation("interaction.kind")).setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addColumn(i -> getTranslation("interaction.direction." + i.getDirection().name()))
                .setHeader(getTranslation("interaction.direction")).setAutoWidth(true).setFlexGrow(0).setKey("direction");
        grid.addColumn(i -> i.getOutcome() == null ? "" : getTranslation("interaction.outcome." + i.getOutcome().name()))
                .setHeader(getTranslation("interaction.outcome")).setAutoWidth(true).setFlexGrow(0).setKey("outcome");
        grid.addColumn(i -> Mentions.plain(i.getNotes(), this::memberName, getTranslation("mention.unknown"))).setHeader(getTranslation("interaction.notes")).setFlexGrow(1)
                .setKey("notes");
        grid.addColumn(i -> authorName(i.getAuthorId())).setHeader(getTranslation("interaction.author"))
                .setAutoWidth(true).setFlexGrow(0).setKey("author");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("interaction.empty"));
        grid.setItems(query -> interactionService.interactionsOf(customer.getId(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) interactionService.countOf(customer.getId()));
        if (canLog) {
            grid.addItemClickListener(e -> {
                if (interactionService.isOwn(e.getItem())) {
                    openEditDialog(e.getItem());
                }
            });
        }

        var toolbar = new HorizontalLayout(log);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private String authorName(UUID authorId) {
        if (authorId == null) {
            return "";
        }
        return authorNames.computeIfAbsent(authorId,
                id -> teamDirectory.find(id).map(TeamMember::getDisplayName).orElse(""));
    }

    private Optional<String> memberName(UUID memberId) {
        return teamDirectory.find(memberId).map(TeamMember::getDisplayName);
    }

    InteractionDialog openLogDialog() {
        var dialog = new InteractionDialog(customer, null, interactionService, zone,
                teamDirectory::mentionCandidates, saved -> grid.getDataProvider().refreshAll());
        dialog.open();
        return dialog;
    }

    InteractionDialog openEditDialog(Interaction interaction) {
        var dialog = new InteractionDialog(customer, interaction, interactionService, zone, teamDirectory::mentionCandidates,
                saved -> grid.getDataProvider().refreshAll());
        dialog.open();
        return dialog;
    }
}
