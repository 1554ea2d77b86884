package com.cartera.customer.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.customer.CustomerTimeline;
import com.cartera.customer.TimelineEntry;
import com.cartera.base.mention.MentionCandidate;
import com.cartera.base.mention.MentionText;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The customer's history from every module, newest first, a page at a time. */
class TimelinePanel extends VerticalLayout {

    static final int PAGE = 20;

    final Div entries = new Div();
    final Button more = new Button();

    private final CustomerTimeline timeline;
    private final TeamDirectory teamDirectory;
    private final ZoneId zone;
    private long customerId;
    private int limit = PAGE;
    private List<MentionCandidate> mentionable;

    TimelinePanel(CustomerTimeline timeline, TeamDirectory teamDirectory, ZoneId zone) {
        this.zone = zone;
        this.timeline = timeline;
        this.teamDirectory = teamDirectory;
        addClassName("customer-timeline");
        setPadding(false);
        entries.addClassName("timeline-entries");
        more.setText(getTranslation("timeline.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            limit += PAGE;
            render();
        });
        add(new H4(getTranslation("timeline.title")), entries, more);
    }

    void show(long id) {
        customerId = id;
        limit = PAGE;
        render();
    }

    private void render() {
        List<TimelineEntry> latest = timeline.latest(customerId, limit);
        Map<UUID, String> names = new HashMap<>();
        entries.removeAll();
        if (latest.isEmpty()) {
            entries.add(new Paragraph(getTranslation("timeline.empty")));
        }
        for (TimelineEntry entry : latest) {
            entries.add(row(entry, names));
        }
        // A full page may hide older entries; a shorter one is everything there is.
        more.setVisible(latest.size() >= limit);
    }

    private Div row(TimelineEntry entry, Map<UUID, String> names) {
        Icon icon = icon(entry.kind()).create();
        icon.addClassName("timeline-icon");
        var title = new Span(getTranslation(entry.titleKey(), Formats.arguments(this, entry.titleArgs(), zone)));
        title.addClassName("timeline-title");
        String when = Formats.dateTime(entry.at(), getLocale(), zone);
        String meta = entry.actor() == null ? when
                : when + " · " + names.computeIfAbsent(entry.actor(), this::displayName);
        var details = new Span(meta);
        details.addClassName("timeline-meta");
        var body = new Div(title, details);
        body.addClassName("timeline-body");
        if (entry.detail() != null && !entry.detail().isBlank()) {
            var text = new Paragraph();
            MentionText.render(text, entry.detail(), mentionable());
            text.addClassName("timeline-detail");
            body.add(text);
        }
        var row = new Div(icon, body);
        row.addClassName("timeline-entry");
        row.addClassName("timeline-" + entry.kind().toLowerCase());
        return row;
    }

    private String displayName(UUID userId) {
        return teamDirectory.find(userId).map(TeamMember::getDisplayName).orElse(getTranslation("timeline.someone"));
    }

    private static VaadinIcon icon(String kind) {
        return switch (kind) {
            case "PURCHASE" -> VaadinIcon.CART;
            case "INTERACTION" -> VaadinIcon.COMMENTS;
            case "LIFECYCLE" -> VaadinIcon.FLAG;
            case "OPPORTUNITY" -> VaadinIcon.TRENDING_UP;
            case "TICKET" -> VaadinIcon.LIFEBUOY;
            case "RATING" -> VaadinIcon.STAR;
            default -> VaadinIcon.CIRCLE_THIN;
        };
    }

    /** The workspace's members, read once per panel, to show mentions in notes by name. */
    private List<MentionCandidate> mentionable() {
        if (mentionable == null) {
            mentionable = teamDirectory.mentionCandidates();
        }
        return mentionable;
    }
}
