package com.cartera.support.sla.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.cartera.support.SlaDeadline;
import com.cartera.support.SlaState;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketSlas;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A ticket's service level for its page: the state as a badge, each target with its time left in business hours
 * (or when it was met or missed), and whether the clock is paused. Dates in the workspace's zone.
 */
public class SlaPanel extends Composite<VerticalLayout> {

    final Span state = new Span();
    final Paragraph firstResponse = new Paragraph();
    final Paragraph resolution = new Paragraph();
    final Paragraph paused = new Paragraph();
    final Paragraph none = new Paragraph();

    private final TicketSlas slas;
    private final DateTimeFormatter dates;

    public SlaPanel(TicketSlas slas, ZoneId zone) {
        this.slas = slas;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        var content = getContent();
        content.addClassName("sla-panel");
        content.setPadding(false);
        content.setSpacing(false);
        var title = new HorizontalLayout(new H4(getTranslation("support.sla.panel.title")), state);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        none.setText(getTranslation("support.sla.panel.none"));
        paused.setText(getTranslation("support.sla.panel.paused"));
        for (Paragraph line : new Paragraph[]{firstResponse, resolution, paused, none}) {
            line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        }
        content.add(title, firstResponse, resolution, paused, none);
    }

    /** Shows the ticket's service level now. */
    public void show(long ticketId) {
        show(slas.of(ticketId));
    }

    void show(Optional<TicketSla> shown) {
        none.setVisible(shown.isEmpty());
        state.setVisible(shown.isPresent());
        firstResponse.setVisible(shown.isPresent());
        resolution.setVisible(shown.isPresent());
        paused.setVisible(shown.map(TicketSla::paused).orElse(false));
        shown.ifPresent(sla -> {
            state.setText(getTranslation("support.sla.state." + sla.state().name()));
            state.getElement().getThemeList().clear();
            state.getElement().getThemeList().add("badge " + badge(sla.state()));
            firstResponse.setText(line(SlaDeadline.FIRST_RESPONSE, sla.firstResponse()));
            resolution.setText(line(SlaDeadline.RESOLUTION, sla.resolution()));
        });
    }

    private static String badge(SlaState state) {
        return switch (state) {
            case ON_TRACK, MET -> "success";
            case AT_RISK -> "warning";
            case BREACHED -> "error";
            case PAUSED -> "contrast";
        };
    }

    private String line(SlaDeadline which, TicketSla.Deadline deadline) {
        String target = getTranslation("support.sla.panel.target", getTranslation("support.sla.deadline." + which.name()),
                duration(deadline.targetMinutes()));
        String status;
        if (deadline.done()) {
            status = getTranslation(deadline.breached() ? "support.sla.panel.missed" : "support.sla.panel.met",
                    date(deadline.doneAt()), date(deadline.due()));
        } else if (deadline.minutesLeft() < 0 || deadline.breached()) {
            status = getTranslation("support.sla.panel.overdue", duration(-deadline.minutesLeft()), date(deadline.due()));
        } else {
            status = getTranslation("support.sla.panel.left", duration(deadline.minutesLeft()), date(deadline.due()));
        }
        return target + ": " + status;
    }

    private String date(Instant instant) {
        return dates.format(instant);
    }

    /** Business time as hours and minutes: "1 h 20 min", "45 min", "40 h". */
    String duration(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return getTranslation("support.sla.duration.m", rest);
        }
        return rest == 0 ? getTranslation("support.sla.duration.h", hours)
                : getTranslation("support.sla.duration.hm", hours, rest);
    }
}
