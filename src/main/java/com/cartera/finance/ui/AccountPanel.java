package com.cartera.finance.ui;

import com.cartera.customer.Customer;
import com.cartera.finance.CustomerAccount;
import com.cartera.finance.Payment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** A customer's account: the figures of today, their latest payments, the statement and recording a payment. */
class AccountPanel extends VerticalLayout {

    /** How many of the latest payments the tab lists. */
    static final int LATEST = 5;

    final Span balance = new Span();
    final Span overdue = new Span();
    final Span credit = new Span();
    final Grid<Payment> latest = new Grid<>();
    final RouterLink statement;
    final Button record = new Button();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private final Customer customer;

    AccountPanel(PaymentTools tools, Customer customer) {
        this.tools = tools;
        this.customer = customer;
        this.format = new PaymentFormat(this, tools.currency());
        addClassName("account-panel");
        setPadding(false);
        var figures = new FlexLayout(figure("finance.account.balance", balance),
                figure("finance.account.overdue", overdue), figure("finance.account.credit", credit));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        latest.addClassName("account-latest-payments");
        latest.addColumn(payment -> format.date(payment.receivedOn()))
                .setHeader(getTranslation("finance.payments.received-on")).setAutoWidth(true);
        latest.addColumn(payment -> format.money(payment.amount()))
                .setHeader(getTranslation("finance.payments.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        latest.addColumn(payment -> payment.reference() == null ? "" : payment.reference())
                .setHeader(getTranslation("finance.payments.reference")).setFlexGrow(1);
        latest.addColumn(payment -> payment.reversed() ? getTranslation("finance.payments.reversed-badge",
                        format.date(payment.reversedOn())) : "")
                .setHeader(getTranslation("finance.payments.state")).setAutoWidth(true);
        latest.setEmptyStateText(getTranslation("finance.account.no-payments"));
        latest.setAllRowsVisible(true);
        statement = new RouterLink(getTranslation("finance.account.statement"), StatementView.class,
                new RouteParameters("customerId", String.valueOf(customer.getId())));
        record.setText(getTranslation("finance.payments.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        record.addClickListener(e -> new RecordPaymentDialog(tools, format, customer, this::refresh).open());
        record.setVisible(tools.writes());
        var actions = new FlexLayout(statement, record);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        add(figures, latest, actions);
        refresh();
    }

    private Div figure(String labelKey, Span value) {
        var label = new Div(getTranslation(labelKey));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        return new Div(label, value);
    }

    void refresh() {
        CustomerAccount account = tools.payments().account(customer.getId());
        balance.setText(format.money(account.balance()));
        overdue.setText(format.money(account.overdue()));
        credit.setText(format.money(account.unallocatedCredit()));
        latest.setItems(tools.payments().latest(customer.getId(), LATEST));
    }
}
