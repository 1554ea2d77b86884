package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.List;

import com.cartera.customer.PaymentRisk;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The customers owing the most past due, with how old their oldest debt is and their payment risk. */
class TopOverdueGrid extends Grid<TopOverdueGrid.Line> {

    /** A customer with what they owe past due; risk null: none. */
    record Line(long customerId, String name, BigDecimal overdue, long oldestDays, PaymentRisk risk) {
    }

    private Money money;

    TopOverdueGrid() {
        addClassName("top-overdue");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addComponentColumn(line -> new Anchor("customers/" + line.customerId(), line.name()))
                .setHeader(getTranslation("finance.receivables.customer")).setWidth("14rem").setFlexGrow(2);
        addColumn(line -> money.format(line.overdue())).setHeader(getTranslation("finance.receivables.overdue"))
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        addColumn(line -> getTranslation("finance.receivables.days", line.oldestDays()))
                .setHeader(getTranslation("finance.receivables.oldest")).setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem").setFlexGrow(0);
        addComponentColumn(TopOverdueGrid::riskBadge).setHeader(getTranslation("payment-risk.column"))
                .setWidth("8rem").setFlexGrow(0);
        setEmptyStateText(getTranslation("finance.receivables.empty"));
    }

    void show(List<Line> lines, Money format) {
        money = format;
        setItems(lines);
    }

    static Span riskBadge(Line line) {
        var badge = new Span();
        if (line.risk() != null) {
            badge.setText(badge.getTranslation("payment-risk." + line.risk().name()));
            badge.getElement().setAttribute("theme",
                    line.risk() == PaymentRisk.HIGH ? "badge error pill" : "badge warning pill");
        }
        return badge;
    }
}
