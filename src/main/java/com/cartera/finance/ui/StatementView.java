package com.cartera.finance.ui;

import java.io.OutputStream;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Statement;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;

/**
 * A customer's statement of account over a period (this year so far to start with): the opening balance, each
 * document with the running balance, the closing balance, the invoices open at the end and the credit not
 * allocated; downloadable as .xlsx, and sent to the customer by e-mail by finance and admin.
 */
@Route("finance/statement/:customerId")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class StatementView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor download = new Anchor();
    final Button send = new Button();
    final Span summary = new Span();
    final Grid<Statement.Line> lines = new Grid<>();
    final Grid<Statement.OpenInvoice> openInvoices = new Grid<>();
    final Span credit = new Span();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private Customer customer;
    private Statement statement;

    public StatementView(PaymentTools tools) {
        this.tools = tools;
        this.format = new PaymentFormat(this, tools.currency());
        addClassName("statement-view");
        setWidthFull();
        from.setLabel(getTranslation("finance.statement.from"));
        to.setLabel(getTranslation("finance.statement.to"));
        from.setValue(tools.today().withDayOfYear(1));
        to.setValue(tools.today());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.getStyle().set("flex", "1 1 9em").set("min-width", "0").set("max-width", "12em");
            picker.addValueChangeListener(e -> refresh());
        }
        var downloadButton = new Button(getTranslation("finance.statement.download"),
                VaadinIcon.DOWNLOAD_ALT.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.add(downloadButton);
        download.setHref(this::download);
        send.setText(getTranslation("finance.statement.send"));
        send.setIcon(VaadinIcon.ENVELOPE_O.create());
        send.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        send.addClickListener(e -> send());
        send.setVisible(tools.writes());
        var toolbar = new FlexLayout(from, to, download, send);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        toolbar.setWidthFull();

        lines.addClassName("statement-lines");
        lines.addColumn(line -> format.date(line.on())).setHeader(getTranslation("finance.statement.column.date"))
                .setKey("date").setAutoWidth(true);
        lines.addColumn(line -> format.label("finance.statement.kind", line.kind()))
                .setHeader(getTranslation("finance.statement.column.kind")).setKey("kind").setAutoWidth(true);
        lines.addColumn(line -> line.document() == null ? "" : line.document())
                .setHeader(getTranslation("finance.statement.column.document")).setKey("document").setFlexGrow(1);
        lines.addColumn(line -> format.money(line.debit())).setHeader(getTranslation("finance.statement.column.debit"))
                .setKey("debit").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(line -> format.money(line.credit()))
                .setHeader(getTranslation("finance.statement.column.credit")).setKey("credit")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(line -> format.money(line.balance()))
                .setHeader(getTranslation("finance.statement.column.balance")).setKey("balance")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setEmptyStateText(getTranslation("finance.statement.empty"));
        lines.setHeight("24rem");

        openInvoices.addClassName("statement-open-invoices");
        openInvoices.addColumn(Statement.OpenInvoice::number)
                .setHeader(getTranslation("finance.statement.open.number")).setKey("number").setAutoWidth(true);
        openInvoices.addColumn(invoice -> format.date(invoice.dueOn()))
                .setHeader(getTranslation("finance.statement.open.due")).setKey("due").setAutoWidth(true);
        openInvoices.addColumn(invoice -> format.money(invoice.openAmount()))
                .setHeader(getTranslation("finance.statement.open.open")).setKey("open")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        openInvoices.addColumn(Statement.OpenInvoice::daysOverdue)
                .setHeader(getTranslation("finance.statement.open.overdue")).setKey("overdue")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        openInvoices.setEmptyStateText(getTranslation("finance.statement.open.empty"));
        openInvoices.setAllRowsVisible(true);
        add(toolbar, summary, lines, new H3(getTranslation("finance.statement.open-invoices")), openInvoices,
                credit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().get("customerId").flatMap(StatementView::parse)
                .flatMap(tools.customers()::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("customer.not-found"));
            event.forwardTo("customers");
            return;
        }
        customer = found.get();
        refresh();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void refresh() {
        if (customer == null) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            statement = tools.statements().of(customer.getId(), from.getValue(), to.getValue());
        } catch (FinanceRefusedException refused) {
            to.setErrorMessage(format.message(refused));
            to.setInvalid(true);
            return;
        }
        summary.setText(getTranslation("finance.statement.summary", statement.customerName(),
                format.money(statement.openingBalance()), format.money(statement.closingBalance())));
        lines.setItems(statement.lines());
        openInvoices.setItems(statement.openInvoices());
        credit.setText(getTranslation("finance.statement.credit", format.money(statement.unallocatedCredit())));
    }

    Statement statement() {
        return statement;
    }

    private void download(DownloadEvent event) throws java.io.IOException {
        Statement shown = statement;
        if (shown == null) {
            return;
        }
        event.setFileName(tools.export().fileName(shown, format.locale()));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            tools.export().write(shown, out, format.locale());
        }
    }

    void send() {
        if (statement == null) {
            return;
        }
        try {
            String address = tools.mail().send(customer.getId(), statement.from(), statement.to(), format.locale());
            Notifications.success(getTranslation("finance.statement.sent", address));
        } catch (FinanceRefusedException refused) {
            Notifications.error(format.message(refused));
        }
    }

    @Override
    public String heading() {
        return getTranslation("finance.statement.title");
    }
}
