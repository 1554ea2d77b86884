package com.cartera.commerce.ui;

import com.cartera.commerce.CrossSellService;
import com.cartera.commerce.CrossSellSuggestion;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

/** The "Cross-sell" tab of the customer 360 page: what customers with similar purchases also bought. */
@org.springframework.stereotype.Component
class CrossSellSection implements CustomerSection {

    /** How many suggestions the tab lists. */
    static final int SHOWN = 10;

    private final CrossSellService crossSell;

    CrossSellSection(CrossSellService crossSell) {
        this.crossSell = crossSell;
    }

    @Override
    public String titleKey() {
        return "crosssell.tab";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(Customer customer) {
        var grid = new Grid<CrossSellSuggestion>();
        grid.addClassName("cross-sell");
        grid.addColumn(CrossSellSuggestion::productName).setHeader(grid.getTranslation("crosssell.product"))
                .setFlexGrow(2).setKey("product");
        grid.addColumn(CrossSellSuggestion::peers).setHeader(grid.getTranslation("crosssell.peers"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("peers");
        grid.addColumn(s -> grid.getTranslation("crosssell.reason", s.sharedPeers(), s.sharedProduct()))
                .setHeader(grid.getTranslation("crosssell.why")).setFlexGrow(3).setKey("reason");
        grid.setEmptyStateText(grid.getTranslation("crosssell.empty"));
        grid.setItems(crossSell.suggestionsFor(customer.getId(), SHOWN));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
