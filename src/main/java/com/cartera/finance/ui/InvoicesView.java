package com.cartera.finance.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.CustomerNames;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.AgeingBucket;
import com.cartera.finance.InvoiceCount;
import com.cartera.finance.InvoiceFilter;
import com.cartera.finance.InvoiceQueue;
import com.cartera.finance.InvoiceRow;
import com.cartera.finance.InvoiceStatus;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The invoice list: every invoice and credit note, newest first, filtered by status, customer, issue dates, and
 * as of a day by overdue or ageing bucket. Dashboards link here with {@code ?status=}, {@code ?customer=<id>},
 * {@code ?asOf=YYYY-MM-DD&bucket=<AgeingBucket>} (and {@code &overdue=true}).
 */
@Route("finance/invoices")
@Menu(title = "finance.invoices.menu", order = 31, icon = "vaadin:invoice")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class InvoicesView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    final MultiSelectComboBox<InvoiceStatus> status = new MultiSelectComboBox<>();
    final DatePicker issuedFrom = new DatePicker();
    final DatePicker issuedTo = new DatePicker();
    final DatePicker asOf = new DatePicker();
    final Checkbox overdue = new Checkbox();
    final ComboBox<AgeingBucket> bucket = new ComboBox<>();
    final Span customerFilter = new Span();
    final Button clearCustomer = new Button();
    final Span count = new Span();
    final Grid<InvoiceRow> grid = new Grid<>();
    final Button newInvoice = new Button();

    private final InvoiceQueue queue;
    private final CustomerNames names;
    private final String currency;
    private Long customerId;
    private InvoiceFilter filter = InvoiceFilter.all();

    public InvoicesView(InvoiceQueue queue, CustomerNames names, WorkspaceSettingsService workspace,
                        CurrentUser currentUser) {
        this.queue = queue;
        this.names = names;
        this.currency = workspace.current().getCurrency();
        addClassName("invoices-view");
        setSizeFull();

        status.setLabel(getTranslation("finance.invoices.filter.status"));
        status.setItems(InvoiceStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("finance.invoice.status." + value.name()));
        issuedFrom.setLabel(getTranslation("finance.invoices.filter.issued-from"));
        issuedTo.setLabel(getTranslation("finance.invoices.filter.issued-to"));
        asOf.setLabel(getTranslation("finance.invoices.filter.as-of"));
        asOf.setHelperText(getTranslation("finance.invoices.filter.as-of.help"));
        overdue.setLabel(getTranslation("finance.invoices.filter.overdue"));
        bucket.setLabel(getTranslation("finance.invoices.filter.bucket"));
        bucket.setItems(AgeingBucket.values());
        bucket.setItemLabelGenerator(value -> getTranslation("finance.ageing." + value.name()));
        bucket.setClearButtonVisible(true);
        clearCustomer.setText(getTranslation("finance.invoices.filter.all-customers"));
        clearCustomer.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearCustomer.addClickListener(e -> {
            customerId = null;
            refresh();
        });
        newInvoice.setText(getTranslation("finance.invoices.new"));
        newInvoice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newInvoice.addClickListener(e -> UI.getCurrent().navigate("finance/invoices/new"));
        newInvoice.setVisible(currentUser.require().hasRole(Role.FINANCE) || currentUser.require().hasRole(Role.ADMIN));
        for (var field : List.<com.vaadin.flow.component.HasSize>of(status, issuedFrom, issuedTo, asOf, bucket)) {
            field.setWidth("min(13em, 100%)");
        }
        status.addValueChangeListener(e -> refresh());
        issuedFrom.addValueChangeListener(e -> refresh());
        issuedTo.addValueChangeListener(e -> refresh());
        asOf.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        bucket.addValueChangeListener(e -> refresh());

        var filters = new FlexLayout(status, issuedFrom, issuedTo, asOf, bucket, overdue, newInvoice);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();
        var summary = new FlexLayout(count, customerFilter, clearCustomer);
        summary.setAlignItems(Alignment.BASELINE);
        summary.getStyle().set("gap", "var(--lumo-space-m)");
        columns();
        add(filters, summary, grid);
        setFlexGrow(1, grid);
    }

    private void columns() {
        Locale locale = getLocale();
        grid.addComponentColumn(row -> {
            var link = new Anchor("finance/invoices/" + row.id(), row.numbered() ? row.number()
                    : getTranslation("finance.invoice.unnumbered"));
            return link;
        }).setHeader(getTranslation("finance.invoice.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> new Anchor("customers/" + row.customerId(), row.customerName()))
                .setHeader(getTranslation("finance.invoice.customer")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(row -> FinanceUi.date(row.issuedOn(), locale))
                .setHeader(getTranslation("finance.invoice.issued-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> FinanceUi.date(row.dueOn(), locale))
                .setHeader(getTranslation("finance.invoice.due-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> FinanceUi.money(row.total(), currency, locale))
                .setHeader(getTranslation("finance.invoice.total")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> FinanceUi.money(row.openAmount(), currency, locale))
                .setHeader(getTranslation("finance.invoice.open")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> FinanceUi.badge(this, row.kind(), row.status()))
                .setHeader(getTranslation("finance.invoice.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> {
            long days = row.daysOverdue(queue.asOf(filter));
            return days > 0 ? String.valueOf(days) : "";
        }).setHeader(getTranslation("finance.invoice.days-overdue")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(this::fetch, query -> {
            InvoiceCount counted = queue.countUpTo(filter, InvoiceQueue.COUNT_LIMIT);
            count.setText(getTranslation(counted.more() ? "finance.invoices.count.more" : "finance.invoices.count",
                    counted.count()));
            return (int) counted.count();
        });
    }

    private java.util.stream.Stream<InvoiceRow> fetch(Query<InvoiceRow, Void> query) {
        return queue.page(filter, query.getOffset(), query.getLimit()).stream();
    }

    @Override
    public String heading() {
        return getTranslation("finance.invoices.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Set<InvoiceStatus> statuses = first(parameters, "status").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .flatMap(name -> parse(() -> InvoiceStatus.valueOf(name.strip().toUpperCase(Locale.ROOT))).stream())
                .collect(Collectors.toSet());
        customerId = first(parameters, "customer").flatMap(value -> parse(() -> Long.parseLong(value))).orElse(null);
        status.setValue(statuses);
        asOf.setValue(first(parameters, "asOf").flatMap(value -> parse(() -> LocalDate.parse(value))).orElse(null));
        bucket.setValue(first(parameters, "bucket")
                .flatMap(value -> parse(() -> AgeingBucket.valueOf(value.toUpperCase(Locale.ROOT)))).orElse(null));
        overdue.setValue(first(parameters, "overdue").map(Boolean::parseBoolean).orElse(false));
        refresh();
    }

    private void refresh() {
        filter = new InvoiceFilter(status.getValue(), customerId, issuedFrom.getValue(), issuedTo.getValue(),
                asOf.getValue(), overdue.getValue(), bucket.getValue());
        customerFilter.setVisible(customerId != null);
        clearCustomer.setVisible(customerId != null);
        if (customerId != null) {
            customerFilter.setText(getTranslation("finance.invoices.filter.customer",
                    names.of(List.of(customerId)).getOrDefault(customerId, "#" + customerId)));
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty())
                .map(List::getFirst).filter(value -> !value.isBlank());
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            return Optional.empty();
        }
    }
}
