package com.cartera.activity.ui;

import java.util.List;

import com.cartera.activity.Interaction;
import com.cartera.activity.InteractionService;
import com.cartera.customer.CustomerTimelineSource;
import com.cartera.customer.TimelineEntry;
import com.vaadin.flow.component.UI;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Interactions on the customer's timeline: "Llamada (iniciativa nuestra) · Sin respuesta", with the notes below. */
@Component
class InteractionTimeline implements CustomerTimelineSource {

    static final String KIND = "INTERACTION";

    private final InteractionService interactionService;

    InteractionTimeline(InteractionService interactionService) {
        this.interactionService = interactionService;
    }

    @Override
    public List<TimelineEntry> latest(long customerId, int limit) {
        // Read by the 360 page in its UI: the labels go into the message in the UI's language.
        UI ui = UI.getCurrent();
        return interactionService.interactionsOf(customerId, PageRequest.of(0, limit)).stream()
                .map(interaction -> entry(interaction, ui))
                .toList();
    }

    private static TimelineEntry entry(Interaction interaction, UI ui) {
        String kind = ui.getTranslation("interaction.kind." + interaction.getKind().name());
        String direction = ui.getTranslation("interaction.timeline.by." + interaction.getDirection().name());
        List<Object> args = interaction.getOutcome() == null ? List.of(kind, direction)
                : List.of(kind, direction, ui.getTranslation("interaction.outcome." + interaction.getOutcome().name()));
        return new TimelineEntry(interaction.getOccurredAt(), KIND,
                interaction.getOutcome() == null ? "interaction.timeline" : "interaction.timeline.outcome", args,
                interaction.getNotes(), interaction.getAuthorId());
    }
}
