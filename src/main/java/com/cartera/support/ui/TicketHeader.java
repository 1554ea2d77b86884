package com.cartera.support.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import com.cartera.support.Ticket;
import com.cartera.support.TicketStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The top of the ticket page: back to the queue, number and subject, the customer, status with the allowed next
 * steps as buttons, when it was opened and how often reopened.
 */
class TicketHeader extends VerticalLayout {

    final Anchor back = new Anchor("support");
    final H2 title = new H2();
    final Anchor customer = new Anchor();
    final Span status = new Span();
    final Span opened = new Span();
    final FlexLayout steps = new FlexLayout();

    private final ZoneId zone;
    private final Consumer<TicketStatus> onStep;

    TicketHeader(ZoneId zone, Consumer<TicketStatus> onStep) {
        this.zone = zone;
        this.onStep = onStep;
        addClassName("ticket-header");
        setPadding(false);
        setSpacing(false);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(" " + getTranslation("support.ticket.back")));
        back.addClassName("ticket-back");
        title.addClassName("ticket-title");
        title.getStyle().set("margin", "0.25em 0");
        status.getElement().getThemeList().add("badge");
        status.addClassName("ticket-status");
        steps.addClassName("ticket-steps");
        steps.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        steps.getStyle().set("gap", "var(--lumo-space-s)");
        var facts = new FlexLayout(status, customer, opened);
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.setAlignItems(Alignment.CENTER);
        facts.getStyle().set("gap", "var(--lumo-space-m)");
        add(back, title, facts, steps);
    }

    void show(Ticket ticket, String customerName, List<TicketStatus> nextSteps) {
        title.setText(getTranslation("support.ticket.title", ticket.number()) + " · " + ticket.getSubject());
        customer.setText(getTranslation("support.ticket.customer") + ": " + customerName);
        customer.setHref("customers/" + ticket.getCustomerId());
        status.setText(TicketLabels.label(this, ticket.getStatus()));
        status.getElement().getThemeList().removeAll(List.of("success", "contrast", "error"));
        status.getElement().getThemeList().add(switch (ticket.getStatus()) {
            case RESOLVED -> "success";
            case CLOSED -> "contrast";
            case NEW, OPEN, PENDING -> "badge";
        });
        String openedText = getTranslation("support.ticket.opened",
                TicketLabels.dateTime(ticket.getOpenedAt(), zone, getLocale()));
        opened.setText(ticket.getReopenCount() == 0 ? openedText
                : openedText + " · " + getTranslation("support.ticket.reopened", ticket.getReopenCount()));
        steps.removeAll();
        for (TicketStatus next : nextSteps) {
            var step = new Button(ticket.getStatus() == TicketStatus.RESOLVED && next == TicketStatus.OPEN
                    ? getTranslation("support.ticket.step.reopen")
                    : getTranslation("support.ticket.step." + next.name()), e -> onStep.accept(next));
            step.addThemeVariants(next == TicketStatus.CLOSED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            if (next == TicketStatus.RESOLVED) {
                step.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            }
            step.setId("ticket-step-" + next.name().toLowerCase());
            steps.add(step);
        }
        steps.setVisible(!nextSteps.isEmpty());
    }

    /** The step buttons shown, for tests. */
    List<Button> stepButtons() {
        return steps.getChildren().map(Button.class::cast).toList();
    }

}
