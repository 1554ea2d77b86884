package com.cartera.marketing.ui;

import java.time.LocalDate;

import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.SpendFilter;
import com.cartera.marketing.SpendLedger;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The spend booked on one campaign, newest first, with its total against the budget; add, correct, delete. */
class CampaignSpendPanel extends VerticalLayout {

    final Span total = new Span();
    final Button add = new Button();
    final Grid<SpendLedger.Row> grid = new Grid<>();
    SpendDialog dialog;

    private final SpendTools tools;
    private final MarketingFormat format;
    private CampaignInfo campaign;
    private SpendFilter filter;

    CampaignSpendPanel(SpendTools tools, MarketingFormat format, boolean writes) {
        this.tools = tools;
        this.format = format;
        addClassName("campaign-spend");
        setPadding(false);
        total.addClassName("campaign-spend-total");
        add.setText(getTranslation("marketing.spend.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> open(null));
        add.setVisible(writes);
        var bar = new HorizontalLayout(total, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(row -> format.date(row.spentOn())).setHeader(getTranslation("marketing.spend.date"))
                .setKey("date").setAutoWidth(true);
        grid.addColumn(row -> format.label("marketing.spend.category", row.category()))
                .setHeader(getTranslation("marketing.spend.category")).setKey("category").setAutoWidth(true);
        grid.addColumn(row -> format.label("marketing.spend.kind", row.countsAs()))
                .setHeader(getTranslation("marketing.spend.counts-as")).setKey("kind").setAutoWidth(true);
        grid.addColumn(SpendLedger.Row::description).setHeader(getTranslation("marketing.spend.description"))
                .setKey("description").setFlexGrow(1);
        grid.addColumn(row -> format.money(row.amount())).setHeader(getTranslation("marketing.spend.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("marketing.spend.empty"));
        grid.setAllRowsVisible(true);
        if (writes) {
            grid.addItemClickListener(e -> tools.spend().find(e.getItem().id()).ifPresent(this::open));
        }
        add(bar, grid);
    }

    void show(CampaignInfo shown) {
        campaign = shown;
        // A campaign's entries all fall within its dates (an open end: up to any day).
        filter = new SpendFilter(shown.startsOn(), shown.endsOn() == null ? LocalDate.of(9999, 1, 1)
                : shown.endsOn().plusDays(1), null, shown.id(), null, null, null);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> tools.ledger().page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> tools.ledger().count(filter));
        var spent = tools.ledger().monthly(filter).stream().map(SpendLedger.MonthTotals::total)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        total.setText(campaign.budget() == null
                ? getTranslation("marketing.campaign.spent", format.money(spent))
                : getTranslation("marketing.campaign.spent-of-budget", format.money(spent),
                format.money(campaign.budget())));
    }

    private void open(com.cartera.marketing.SpendEntry entry) {
        dialog = new SpendDialog(tools.spend(), tools.campaigns().all(), tools.sources().all(), format, entry,
                entry == null ? campaign : null, this::refresh);
        dialog.open();
    }
}
