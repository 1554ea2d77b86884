package com.cartera.finance.ui;

import java.util.Arrays;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.PaymentMethod;
import com.cartera.finance.Payment;
import com.cartera.finance.PaymentFilter;
import com.cartera.finance.Payments;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Payments received, latest first, fetched page by page with a capped count, filtered by period, method,
 * reference and state. Finance and admin record payments here, allocate a payment's credit and reverse one.
 */
@Route("finance/payments")
@Menu(title = "finance.payments.menu", order = 32, icon = "vaadin:cash")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class PaymentsView extends VerticalLayout implements HasHeading {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<PaymentMethod> method = new ComboBox<>();
    final ComboBox<PaymentFilter.State> state = new ComboBox<>();
    final TextField reference = new TextField();
    final Button record = new Button();
    final Span count = new Span();
    final Grid<Payment> grid = new Grid<>();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private final boolean writes;

    public PaymentsView(PaymentTools tools) {
        this.tools = tools;
        this.format = new PaymentFormat(this, tools.currency());
        this.writes = tools.writes();
        addClassName("payments-view");
        setWidthFull();

        from.setLabel(getTranslation("finance.payments.from"));
        to.setLabel(getTranslation("finance.payments.to"));
        method.setLabel(getTranslation("finance.payments.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(value -> format.label("finance.payments.method", value));
        method.setClearButtonVisible(true);
        state.setLabel(getTranslation("finance.payments.state"));
        state.setItems(PaymentFilter.State.values());
        state.setItemLabelGenerator(value -> format.label("finance.payments.state", value));
        state.setValue(PaymentFilter.State.ALL);
        reference.setLabel(getTranslation("finance.payments.reference"));
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setClearButtonVisible(true);
        for (com.vaadin.flow.component.Component filter : Arrays.asList(from, to, method, state, reference)) {
            // Two filters a row on a phone, one row on a wide screen.
            filter.getElement().getStyle().set("flex", "1 1 9em").set("min-width", "0").set("max-width", "13em");
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        method.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        reference.addValueChangeListener(e -> refresh());
        record.setText(getTranslation("finance.payments.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> new RecordPaymentDialog(tools, format, null, this::refresh).open());
        record.setVisible(writes);
        var filters = new FlexLayout(from, to, method, state, reference, record);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.addClassName("payments-grid");
        grid.addColumn(payment -> format.date(payment.receivedOn()))
                .setHeader(getTranslation("finance.payments.received-on")).setKey("receivedOn").setAutoWidth(true);
        grid.addColumn(Payment::customerName).setHeader(getTranslation("finance.payments.customer"))
                .setKey("customer").setFlexGrow(1).setWidth("10em");
        grid.addColumn(payment -> format.money(payment.amount())).setHeader(getTranslation("finance.payments.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(payment -> format.label("finance.payments.method", payment.method()))
                .setHeader(getTranslation("finance.payments.method")).setKey("method").setAutoWidth(true);
        grid.addColumn(payment -> payment.reference() == null ? "" : payment.reference())
                .setHeader(getTranslation("finance.payments.reference")).setKey("reference").setAutoWidth(true);
        grid.addColumn(payment -> payment.reversed() ? "" : format.money(payment.unallocated()))
                .setHeader(getTranslation("finance.payments.unallocated")).setKey("unallocated")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::stateAndActions).setHeader(getTranslation("finance.payments.state-actions"))
                .setKey("state").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("finance.payments.empty"));
        grid.setHeight("32rem");
        grid.setItems(query -> tools.payments().page(filter(), query.getOffset(), query.getLimit()).stream());
        add(filters, count, grid);
        refresh();
    }

    private HorizontalLayout stateAndActions(Payment payment) {
        var cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        if (payment.reversed()) {
            var badge = new Span(getTranslation("finance.payments.reversed-badge", format.date(payment.reversedOn())));
            badge.getElement().getThemeList().add("badge error");
            badge.getElement().setAttribute("title", payment.reversalReason() == null ? ""
                    : payment.reversalReason());
            cell.add(badge);
            return cell;
        }
        if (writes && payment.hasCredit()) {
            var allocate = new Button(getTranslation("finance.payments.allocate"),
                    e -> new AllocateCreditDialog(tools, format, payment, this::refresh).open());
            allocate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(allocate);
        }
        if (writes) {
            var reverse = new Button(getTranslation("finance.payments.reverse"),
                    e -> new ReversePaymentDialog(tools, format, payment, this::refresh).open());
            reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cell.add(reverse);
        }
        return cell;
    }

    PaymentFilter filter() {
        return new PaymentFilter(null, from.getValue(), to.getValue(), method.getValue(), reference.getValue(),
                state.getValue());
    }

    void refresh() {
        int matches = tools.payments().countUpTo(filter());
        count.setText(matches > Payments.COUNT_LIMIT
                ? getTranslation("finance.payments.count.more", Payments.COUNT_LIMIT)
                : getTranslation("finance.payments.count", matches));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String heading() {
        return getTranslation("finance.payments.title");
    }
}
