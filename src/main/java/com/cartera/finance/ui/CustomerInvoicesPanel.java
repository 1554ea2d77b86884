package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.cartera.customer.Customer;
import com.cartera.finance.CustomerCredit;
import com.cartera.finance.CustomerCreditService;
import com.cartera.finance.CustomerInvoice;
import com.cartera.finance.CustomerInvoices;
import com.cartera.finance.FinanceSettingsService;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.PaymentTerms;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer's invoices on their page: what they owe, their terms and credit limit, their latest invoices.
 * Finance and admin also write invoices, bill purchases and edit the terms from here; sales and management read.
 */
class CustomerInvoicesPanel extends VerticalLayout {

    final Span balance = new Span();
    final Span terms = new Span();
    final Button editTerms = new Button();
    final Button newInvoice = new Button();
    final Button billPurchases = new Button();
    final Grid<CustomerInvoice> grid = new Grid<>();

    private final Customer customer;
    private final CustomerInvoices customerInvoices;
    private final CustomerCreditService credit;
    private final FinanceSettingsService settings;
    private final String currency;

    CustomerInvoicesPanel(Customer customer, CustomerInvoices customerInvoices, CustomerCreditService credit,
                          FinanceSettingsService settings, InvoiceService invoices, String currency,
                          SignedInUser user) {
        this.customer = customer;
        this.customerInvoices = customerInvoices;
        this.credit = credit;
        this.settings = settings;
        this.currency = currency;
        setPadding(false);
        addClassName("customer-invoices");
        boolean reads = user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE) || user.hasRole(Role.MANAGEMENT)
                || user.hasRole(Role.SALES);
        if (!reads) {
            add(new Span(getTranslation("finance.section.hidden")));
            return;
        }
        boolean writes = user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE);
        boolean opens = writes || user.hasRole(Role.MANAGEMENT);
        editTerms.setText(getTranslation("finance.section.edit-terms"));
        editTerms.setVisible(writes);
        editTerms.addClickListener(e -> new TermsDialog(customer.getId(), credit, this::showTerms).open());
        newInvoice.setText(getTranslation("finance.section.new-invoice"));
        newInvoice.setVisible(writes);
        newInvoice.addClickListener(e -> UI.getCurrent().navigate("finance/invoices/new",
                com.vaadin.flow.router.QueryParameters.of("customer", String.valueOf(customer.getId()))));
        billPurchases.setText(getTranslation("finance.section.bill-purchases"));
        billPurchases.setVisible(writes);
        billPurchases.addClickListener(e -> new BillPurchasesDialog(customer.getId(), invoices, currency,
                invoice -> UI.getCurrent().navigate("finance/invoices/" + invoice.id())).open());
        var figures = new FlexLayout(balance, terms, editTerms);
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setAlignItems(Alignment.BASELINE);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        var actions = new FlexLayout(newInvoice, billPurchases);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");

        Locale locale = getLocale();
        grid.addComponentColumn(row -> opens ? new Anchor("finance/invoices/" + row.id(), row.number())
                : new Span(row.number())).setHeader(getTranslation("finance.invoice.number")).setAutoWidth(true);
        grid.addComponentColumn(row -> FinanceUi.badge(this, row.kind(), row.status()))
                .setHeader(getTranslation("finance.invoice.status")).setAutoWidth(true);
        grid.addColumn(row -> FinanceUi.date(row.issuedOn(), locale))
                .setHeader(getTranslation("finance.invoice.issued-on")).setAutoWidth(true);
        grid.addColumn(row -> FinanceUi.date(row.dueOn(), locale))
                .setHeader(getTranslation("finance.invoice.due-on")).setAutoWidth(true);
        grid.addColumn(row -> FinanceUi.money(row.total(), currency, locale))
                .setHeader(getTranslation("finance.invoice.total")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> FinanceUi.money(row.openAmount(), currency, locale))
                .setHeader(getTranslation("finance.invoice.open")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> row.daysOverdue() > 0 ? String.valueOf(row.daysOverdue()) : "")
                .setHeader(getTranslation("finance.invoice.days-overdue")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setItems(customerInvoices.of(customer.getId()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("finance.section.empty"));
        balance.setText(getTranslation("finance.section.balance",
                FinanceUi.money(customerInvoices.openBalance(customer.getId()), currency, locale)));
        showTerms(credit.own(customer.getId()));
        add(figures, actions, grid);
        if (opens) {
            add(new Anchor("finance/invoices?customer=" + customer.getId(), getTranslation("finance.section.all")));
        }
    }

    private void showTerms(CustomerCredit own) {
        PaymentTerms applied = credit.termsOf(customer.getId());
        String days = applied.dayOfMonth() == null
                ? getTranslation("finance.terms.days", applied.days())
                : getTranslation("finance.terms.days-on", applied.days(), applied.dayOfMonth());
        boolean defaults = own.termsDays() == null && own.termsDayOfMonth() == null;
        BigDecimal limit = credit.creditLimitOf(customer.getId()).orElse(null);
        terms.setText(getTranslation("finance.section.terms", days
                + (defaults ? " " + getTranslation("finance.terms.default") : ""),
                limit == null ? getTranslation("finance.terms.no-limit") : FinanceUi.money(limit, currency, getLocale())));
    }
}
