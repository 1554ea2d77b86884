package com.cartera.commerce.ui;

import com.cartera.commerce.CustomerMargins;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceSettingsService;
import com.vaadin.flow.component.Component;

/** The "Purchases" tab of the customer 360 page; for finance, admin and management it opens with the margin. */
@org.springframework.stereotype.Component
class PurchasesSection implements CustomerSection {

    private final PurchaseService purchaseService;
    private final ProductService productService;
    private final WorkspaceSettingsService settings;
    private final ProductCosts costs;
    private final CustomerMargins margins;

    PurchasesSection(PurchaseService purchaseService, ProductService productService, WorkspaceSettingsService settings,
                     ProductCosts costs, CustomerMargins margins) {
        this.purchaseService = purchaseService;
        this.productService = productService;
        this.settings = settings;
        this.costs = costs;
        this.margins = margins;
    }

    @Override
    public String titleKey() {
        return "purchase.tab";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(Customer customer) {
        String currency = settings.current().getCurrency();
        var panel = new PurchasesPanel(customer, purchaseService, productService, currency);
        if (costs.canSeeCosts()) {
            panel.addComponentAsFirst(new HistoricalMarginSummary(margins.historical(customer.getId()), currency));
        }
        return panel;
    }
}
