package com.cartera.sales.ui;

import java.util.ArrayList;
import java.util.List;

import com.cartera.sales.BoardCard;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.StageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A stage's column: its name, count, total and weighted total, and its cards one page at a time ("load
 * more"), so that a stage with thousands of opportunities opens as fast as one with ten. Dropping a card
 * on the column puts it at the bottom.
 */
class StageColumn extends Div {

    static final int PAGE_SIZE = 20;

    final PipelineStage stage;
    final Span name = new Span();
    final Span count = new Span();
    final Span total = new Span();
    final Span weighted = new Span();
    final Div cardList = new Div();
    final Button loadMore = new Button();

    private final PipelineBoardView board;
    private final List<BoardCard> shown = new ArrayList<>();
    private long available;

    StageColumn(PipelineStage stage, PipelineBoardView board) {
        this.stage = stage;
        this.board = board;
        addClassName("stage-column");
        getStyle().set("--stage-colour", stage.getColour());
        getElement().setAttribute("data-stage", stage.getName());

        name.setText(stage.getName());
        count.getElement().getThemeList().add("badge pill small contrast");
        var title = new Div(name, count);
        title.addClassName("stage-title");
        total.addClassName("stage-figures");
        weighted.addClassName("stage-figures");
        var header = new Div(title, total, weighted);
        header.addClassName("stage-header");
        cardList.addClassName("stage-cards");
        loadMore.setText(getTranslation("pipeline.load-more"));
        loadMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        loadMore.addClickListener(e -> loadMore());
        add(header, cardList, loadMore);

        DropTarget<StageColumn> drop = DropTarget.create(this);
        drop.addDropListener(event -> event.getDragData()
                .filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                .ifPresent(dragged -> board.move(dragged, stage.getId(), null)));
    }

    /** Shows the column's figures and its first cards again (as many as were shown, at least a page). */
    void show(StageSummary summary, String workspaceCurrency) {
        available = summary.count();
        count.setText(Long.toString(summary.count()));
        total.setText(getTranslation("pipeline.column.total",
                MoneyFormat.format(summary.totals(), workspaceCurrency, getLocale())));
        weighted.setText(getTranslation("pipeline.column.weighted", stage.getProbability(),
                MoneyFormat.format(summary.weightedTotals(), workspaceCurrency, getLocale())));
        int size = Math.max(PAGE_SIZE, shown.size());
        shown.clear();
        cardList.removeAll();
        append(board.fetch(stage.getId(), null, size));
    }

    void loadMore() {
        append(board.fetch(stage.getId(), shown.isEmpty() ? null : shown.getLast(), PAGE_SIZE));
    }

    /** The cards shown, top to bottom. */
    List<OpportunityCard> cards() {
        return cardList.getChildren().map(OpportunityCard.class::cast).toList();
    }

    void moveUp(BoardCard card) {
        int index = shown.indexOf(card);
        if (index > 0) {
            board.move(card, stage.getId(), shown.get(index - 1).id());
        }
    }

    void moveDown(BoardCard card) {
        // Right above the card after next (which may not be loaded yet); with none after next, to the bottom.
        List<BoardCard> following = board.fetch(stage.getId(), card, 2);
        if (!following.isEmpty()) {
            board.move(card, stage.getId(), following.size() == 2 ? following.get(1).id() : null);
        }
    }

    private void append(List<BoardCard> page) {
        shown.addAll(page);
        page.forEach(card -> cardList.add(board.cardFor(card, this)));
        loadMore.setVisible(shown.size() < available);
    }
}
