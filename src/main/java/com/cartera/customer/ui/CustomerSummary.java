package com.cartera.customer.ui;

import java.time.ZoneId;
import java.time.LocalDate;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFigures;
import com.cartera.customer.CustomerTimeline;
import com.cartera.customer.NextBestActions;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The overview tab: the figures, the most urgent next step, and the timeline. */
class CustomerSummary extends VerticalLayout {

    final CustomerFiguresPanel figures = new CustomerFiguresPanel();
    final Span nextAction = new Span();
    final TimelinePanel timeline;

    private final NextBestActions nextBestActions;
    private final WorkspaceSettingsService settings;
    private final ZoneId zone;
    private final Div hint;

    CustomerSummary(NextBestActions nextBestActions, WorkspaceSettingsService settings, CustomerTimeline customerTimeline,
                    TeamDirectory teamDirectory, ZoneId zone) {
        this.zone = zone;
        this.nextBestActions = nextBestActions;
        this.settings = settings;
        this.timeline = new TimelinePanel(customerTimeline, teamDirectory, zone);
        addClassName("customer-summary");
        setPadding(false);
        hint = new Div(VaadinIcon.LIGHTBULB.create(), nextAction);
        hint.addClassName("next-action");
        add(hint, figures, timeline);
    }

    void show(Customer customer) {
        var action = nextBestActions.mostUrgent(customer);
        hint.setVisible(action.isPresent());
        nextAction.setText(action.map(suggestion -> getTranslation(suggestion.messageKey(),
                Formats.arguments(this, suggestion.args(), zone))).orElse(""));
        figures.show(CustomerFigures.of(customer), settings.current().getCurrency(), LocalDate.now());
        timeline.show(customer.getId());
    }
}
