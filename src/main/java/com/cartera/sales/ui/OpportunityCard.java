package com.cartera.sales.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.cartera.customer.PaymentRisk;
import com.cartera.sales.BoardCard;
import com.cartera.sales.PipelineStage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One opportunity on the board: customer with their follow-up alert colour, title, amount, owner and days
 * in the stage; its title opens it. Editable cards can be dragged (dropping a card on another puts it right above it) or moved
 * with the "move to stage…" button, which works with keyboard and touch.
 */
class OpportunityCard extends Div {

    final BoardCard card;
    final Button open = new Button();
    final Button move = new Button();

    OpportunityCard(BoardCard card, List<PipelineStage> stages, boolean editable, StageColumn column,
                    PipelineBoardView board) {
        this.card = card;
        addClassName("opportunity-card");
        getElement().setAttribute("data-opportunity", Long.toString(card.id()));

        var customer = new Span();
        if (card.alertColour() != null) {
            var chip = new Span();
            chip.addClassNames("alert-chip", "alert-" + card.alertColour().name().toLowerCase());
            chip.getElement().setAttribute("role", "img");
            String colourName = getTranslation("pipeline.alert." + card.alertColour().name());
            String reason = card.alertReason() == null ? colourName : colourName + ": " + card.alertReason();
            chip.getElement().setAttribute("aria-label", reason);
            chip.getElement().setAttribute("title", reason);
            customer.add(chip);
        }
        customer.add(new Span(card.customerName()));
        if (card.paymentRisk() != null) {
            var risk = new Span(getTranslation("payment-risk." + card.paymentRisk().name()));
            risk.addClassName("payment-risk");
            risk.getElement().setAttribute("theme",
                    card.paymentRisk() == PaymentRisk.HIGH ? "badge error pill small" : "badge warning pill small");
            risk.getElement().setAttribute("title", getTranslation("payment-risk.column"));
            customer.add(risk);
        }
        open.setText(card.title());
        open.addClassName("card-title");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClickListener(e -> board.open(card));

        var top = new Div(open, move);
        top.addClassName("card-top");
        var amount = new Span(MoneyFormat.format(card.amount(), card.currency(), getLocale()));
        var days = new Span(getTranslation("pipeline.card.days", card.daysInStage(Instant.now())));
        var money = new Div(amount, days);
        money.addClassName("card-meta");
        var owner = new Span(card.ownerName() == null ? getTranslation("pipeline.card.no-owner") : card.ownerName());
        var close = new Span(card.expectedCloseOn() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(getLocale()).format(card.expectedCloseOn()));
        var people = new Div(owner, close);
        people.addClassName("card-meta");
        add(top, customer, money, people);

        move.setIcon(VaadinIcon.ELLIPSIS_DOTS_V.create());
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        move.setAriaLabel(getTranslation("pipeline.card.move", card.title()));
        move.getElement().setAttribute("title", getTranslation("pipeline.card.move-to"));
        move.addClickListener(e -> new MoveCardDialog(card, stages, column, board).open());
        move.setVisible(editable);

        if (editable) {
            DragSource<OpportunityCard> drag = DragSource.create(this);
            drag.setDragData(card);
            drag.setEffectAllowed(EffectAllowed.MOVE);
        }
        DropTarget<OpportunityCard> drop = DropTarget.create(this);
        drop.addDropListener(event -> event.getDragData()
                .filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                .filter(dragged -> dragged.id() != card.id())
                .ifPresent(dragged -> board.move(dragged, card.stageId(), card.id())));
    }
}
