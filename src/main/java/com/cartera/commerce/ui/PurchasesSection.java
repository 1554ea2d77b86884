package com.cartera.commerce.ui;

import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceSettingsService;
import com.vaadin.flow.component.Component;

/** The "Purchases" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class PurchasesSection implements CustomerSection {

    private final PurchaseService purchaseService;
    private final ProductService productService;
    private final WorkspaceSettingsService settings;

    PurchasesSection(PurchaseService purchaseService, ProductService productService, WorkspaceSettingsService settings) {
        this.purchaseService = purchaseService;
        this.productService = productService;
        this.settings = settings;
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
        return new PurchasesPanel(customer, purchaseService, productService, settings.current().getCurrency());
    }
}
