package com.cartera.finance.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.CustomerCreditService;
import com.cartera.finance.CustomerInvoices;
import com.cartera.finance.FinanceSettingsService;
import com.cartera.finance.InvoiceService;
import com.cartera.security.CurrentUser;
import com.vaadin.flow.component.Component;

/** The "Facturas" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class InvoicesSection implements CustomerSection {

    private final CustomerInvoices customerInvoices;
    private final CustomerCreditService credit;
    private final FinanceSettingsService settings;
    private final InvoiceService invoices;
    private final WorkspaceSettingsService workspace;
    private final CurrentUser currentUser;

    InvoicesSection(CustomerInvoices customerInvoices, CustomerCreditService credit, FinanceSettingsService settings,
                    InvoiceService invoices, WorkspaceSettingsService workspace, CurrentUser currentUser) {
        this.customerInvoices = customerInvoices;
        this.credit = credit;
        this.settings = settings;
        this.invoices = invoices;
        this.workspace = workspace;
        this.currentUser = currentUser;
    }

    @Override
    public String titleKey() {
        return "finance.section.tab";
    }

    @Override
    public int order() {
        return 38;
    }

    @Override
    public Component create(Customer customer) {
        return new CustomerInvoicesPanel(customer, customerInvoices, credit, settings, invoices,
                workspace.current().getCurrency(), currentUser.require());
    }
}
