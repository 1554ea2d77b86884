package com.cartera.customer.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerCount;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerService;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.SavedViewDefinition.SortKey;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The portfolio grid: customers fetched page by page for the current filter, sorted on the server by every
 * column but the tags (empty values last), with chips for the follow-up alert and the tags, and columns
 * that can be hidden. Selecting rows is for bulk actions; the name links to the customer's page.
 */
class CustomerGrid extends Grid<CustomerRow> {

    /** Counting stops here, so that the count stays fast on a million customers ("más de 100.000"). */
    static final int COUNT_LIMIT = 100_000;

    static final String NAME = "name";
    static final String ALERT = "alert";
    static final String TAGS = "tags";
    static final String STAGE = "stage";
    static final String TIER = "tier";
    static final String OWNER = "owner";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String CITY = "city";
    static final String REGION = "region";
    static final String SECTOR = "sector";
    static final String LAST_PURCHASE = "lastPurchase";
    static final String CLV = "clv";
    static final String PURCHASES = "purchases";
    static final String CREATED = "created";
    static final String CHURN_RISK = "churnRisk";
    static final String PAYMENT_RISK = "paymentRisk";

    /** The data columns a person may hide: all but the name. */
    static final List<String> HIDEABLE_COLUMNS = List.of(ALERT, TAGS, STAGE, TIER, OWNER, EMAIL, PHONE, CITY, REGION,
            SECTOR, LAST_PURCHASE, CLV, PURCHASES, CREATED, CHURN_RISK, PAYMENT_RISK);

    /** Every column, in the order they are shown. */
    static final List<String> COLUMNS = List.of(NAME, ALERT, TAGS, STAGE, TIER, OWNER, EMAIL, PHONE, CITY, REGION, SECTOR,
            LAST_PURCHASE, CLV, PURCHASES, CREATED, CHURN_RISK, PAYMENT_RISK);

    /** The columns shown until someone chooses otherwise. */
    static final List<String> DEFAULT_COLUMNS = List.of(NAME, ALERT, TAGS, STAGE, TIER, OWNER, EMAIL, PHONE, CITY,
            LAST_PURCHASE, CLV);

    private final CustomerService customers;
    private final TagService tags;
    private final CustomerPermissions permissions;
    private final String currency;
    private final DateTimeFormatter dates;
    private CustomerFilter filter = CustomerFilter.NONE;
    private CustomerCount matchingCount = new CustomerCount(0, false);

    CustomerGrid(CustomerService customers, TagService tags, CustomerPermissions permissions, String currency,
                 Locale locale) {
        this.customers = customers;
        this.tags = tags;
        this.permissions = permissions;
        this.currency = currency;
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        showColumns(DEFAULT_COLUMNS);
        getColumnByKey(NAME).setFrozen(true);

        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        setEmptyStateText(getTranslation("customers.empty"));
        setMultiSort(true);
        setItems(this::fetch, query -> {
            matchingCount = customers.countUpTo(filter, COUNT_LIMIT);
            return (int) matchingCount.value();
        })
                .setIdentifierProvider(CustomerRow::id);
        sort(List.of(new GridSortOrder<>(getColumnByKey(NAME), SortDirection.ASCENDING)));
    }

    /**
     * Adds the column with this key. A column is made when first shown rather than kept hidden: each one holds a
     * few kilobytes in the session. Cells are templates filled in the browser, not server-side components: a
     * component per cell would keep a few hundred element nodes per open grid in the session.
     */
    private Column<CustomerRow> addColumnFor(String key) {
        Column<CustomerRow> column = switch (key) {
            case NAME -> addColumn(nameCell()).setSortProperty("name").setWidth("16rem").setFlexGrow(3);
            case ALERT -> addColumn(alertChip()).setSortProperty("alertColour").setWidth("6.5rem").setFlexGrow(0);
            case TAGS -> addColumn(tagChips()).setWidth("12rem").setFlexGrow(2);
            case STAGE -> addColumn(stageBadge()).setSortProperty("lifecycleStage").setAutoWidth(true).setFlexGrow(0);
            case TIER -> addColumn(row -> row.tier() == null ? "" : getTranslation("grid.tier." + row.tier().name()))
                    .setSortProperty("tier").setAutoWidth(true).setFlexGrow(0);
            case OWNER -> textColumn("owner.displayName", CustomerRow::owner, "10rem");
            case EMAIL -> textColumn("email", CustomerRow::email, "14rem");
            case PHONE -> textColumn("phone", CustomerRow::phone, "9rem");
            case CITY -> textColumn("city", CustomerRow::city, "9rem");
            case REGION -> textColumn("region", CustomerRow::region, "9rem");
            case SECTOR -> textColumn("sector", CustomerRow::sector, "9rem");
            case LAST_PURCHASE -> textColumn("lastPurchaseOn", CustomerRow::lastPurchase, "8rem");
            case CLV -> textColumn("revenue", CustomerRow::clv, "8rem").setTextAlign(ColumnTextAlign.END);
            case PURCHASES -> textColumn("purchaseCount", row -> Integer.toString(row.purchases()), "6rem")
                    .setTextAlign(ColumnTextAlign.END);
            case CREATED -> textColumn("createdAt", CustomerRow::created, "8rem");
            case CHURN_RISK -> addColumn(churnRiskChip()).setSortProperty("churnRiskScore").setWidth("8rem")
                    .setFlexGrow(0);
            case PAYMENT_RISK -> addColumn(paymentRiskChip()).setSortProperty("paymentRisk").setWidth("8rem")
                    .setFlexGrow(0);
            default -> throw new IllegalArgumentException("No customer grid column " + key);
        };
        return column.setKey(key).setHeader(header(key)).setResizable(true);
    }

    private Column<CustomerRow> textColumn(String sortProperty, ValueProvider<CustomerRow, String> value,
                                           String width) {
        return addColumn(value).setSortProperty(sortProperty).setWidth(width);
    }

    /** The header of the column with this key, whether or not it was made. */
    String header(String key) {
        return getTranslation(switch (key) {
            case NAME -> "customer.name";
            case ALERT -> "grid.column.alert";
            case TAGS -> "grid.column.tags";
            case STAGE -> "customer.stage";
            case TIER -> "grid.column.tier";
            case OWNER -> "customer.owner";
            case EMAIL -> "customer.email";
            case PHONE -> "customer.phone";
            case CITY -> "customer.city";
            case REGION -> "customer.region";
            case SECTOR -> "grid.column.sector";
            case LAST_PURCHASE -> "grid.column.last-purchase";
            case CLV -> "grid.column.clv";
            case PURCHASES -> "grid.column.purchases";
            case CREATED -> "grid.column.created";
            case CHURN_RISK -> "churn-risk.column";
            case PAYMENT_RISK -> "payment-risk.column";
            default -> throw new IllegalArgumentException("No customer grid column " + key);
        });
    }

    /** The column with this key, made (hidden) if it was not yet. */
    private Column<CustomerRow> column(String key) {
        Column<CustomerRow> column = getColumnByKey(key);
        if (column == null) {
            column = addColumnFor(key);
            column.setVisible(false);
            List<Column<CustomerRow>> order = new ArrayList<>(COLUMNS.stream().map(this::getColumnByKey)
                    .filter(Objects::nonNull).toList());
            // Columns of the view itself (the bin's restore buttons) stay at the end.
            getColumns().stream().filter(other -> !order.contains(other)).forEach(order::add);
            setColumnOrder(order);
            // The rows in the browser have no value for the new column yet.
            getDataCommunicator().reset();
        }
        return column;
    }

    /** How many customers match the filter, as last counted (no further than {@value #COUNT_LIMIT}). */
    CustomerCount matchingCount() {
        return matchingCount;
    }

    CustomerFilter filter() {
        return filter;
    }

    /** Shows the customers matching {@code newFilter}, from the first row. */
    void setFilter(CustomerFilter newFilter) {
        filter = Objects.requireNonNull(newFilter);
        deselectAll();
        refresh();
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** The grid's sort as the database applies it: empty values last in either direction. */
    Sort currentSort() {
        return Sort.by(getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> new Sort.Order(order.getDirection() == SortDirection.DESCENDING ? Sort.Direction.DESC
                        : Sort.Direction.ASC, order.getSorted()).nullsLast())
                .toList());
    }

    private Stream<CustomerRow> fetch(Query<CustomerRow, Void> query) {
        var sort = Sort.by(VaadinSpringDataHelpers.toSpringDataSort(query).stream()
                .map(Sort.Order::nullsLast).toList());
        List<Customer> page = customers.page(filter,
                PageRequest.of(query.getPage(), query.getPageSize(), sort));
        Map<Long, List<Tag>> tagsOfPage = tags.tagsOf(page.stream().map(Customer::getId).toList());
        // Made for each page rather than kept: a number format holds a few kilobytes of symbols.
        NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
        money.setCurrency(Currency.getInstance(currency));
        return page.stream().map(customer -> row(customer, tagsOfPage.getOrDefault(customer.getId(), List.of()), money));
    }

    private CustomerRow row(Customer customer, List<Tag> tagsOfCustomer, NumberFormat money) {
        return new CustomerRow(customer.getId(), customer.getName(), customer.getKind(), customer.getAlertColour(),
                customer.getAlertReason(), customer.getLifecycleStage(), customer.getTier(),
                customer.getOwner() == null ? "" : customer.getOwner().getDisplayName(),
                customer.getEmail(), customer.getPhone(), customer.getCity(), customer.getRegion(),
                customer.getSector(), date(customer.getLastPurchaseOn()),
                customer.getRevenue() == null ? "" : money.format(customer.getRevenue()), customer.getPurchaseCount(),
                date(customer.getCreatedAt() == null ? null
                        : customer.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                customer.isDeleted() && permissions.can(CustomerPermissions.Action.DELETE, customer),
                tagsOfCustomer.stream().map(tag -> new CustomerRow.TagChip(tag.getName(), tag.getColour())).toList(),
                customer.getChurnRiskScore(), customer.getChurnRiskLevel(), customer.getPaymentRisk());
    }

    /** The keys of the data columns now shown, the name first. */
    List<String> visibleColumns() {
        return Stream.concat(Stream.of(NAME), HIDEABLE_COLUMNS.stream().filter(key -> {
            Column<CustomerRow> column = getColumnByKey(key);
            return column != null && column.isVisible();
        })).toList();
    }

    /** Shows exactly the data columns with these keys (the name always); unknown keys are ignored. */
    void showColumns(Collection<String> keys) {
        // Made hidden like every column, the name is the one always shown.
        column(NAME).setVisible(true);
        for (String key : HIDEABLE_COLUMNS) {
            if (keys.contains(key)) {
                column(key).setVisible(true);
            } else if (getColumnByKey(key) != null) {
                getColumnByKey(key).setVisible(false);
            }
        }
    }

    List<SortKey> sortKeys() {
        return getSortOrder().stream()
                .map(order -> new SortKey(order.getSorted().getKey(), order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    /** Sorts by these columns; with none that the grid knows, by name. */
    void sortBy(List<SortKey> keys) {
        List<GridSortOrder<CustomerRow>> orders = keys.stream()
                .filter(key -> COLUMNS.contains(key.column()) && column(key.column()).isSortable())
                .map(key -> new GridSortOrder<>(column(key.column()),
                        key.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING))
                .toList();
        sort(orders.isEmpty() ? List.of(new GridSortOrder<>(getColumnByKey(NAME), SortDirection.ASCENDING)) : orders);
    }

    private LitRenderer<CustomerRow> nameCell() {
        return LitRenderer.<CustomerRow>of("<vaadin-horizontal-layout class=\"customer-name-cell\">"
                        + "<vaadin-icon class=\"customer-kind\" icon=\"${item.kindIcon}\" aria-label=\"${item.kindLabel}\">"
                        + "</vaadin-icon><a href=\"${item.href}\" router-link>${item.name}</a></vaadin-horizontal-layout>")
                .withProperty("name", CustomerRow::name)
                .withProperty("href", row -> "customers/" + row.id())
                .withProperty("kindIcon", row -> row.kind() == CustomerKind.COMPANY ? "vaadin:building" : "vaadin:user")
                .withProperty("kindLabel", row -> getTranslation("customer.kind." + row.kind().name()));
    }

    private LitRenderer<CustomerRow> alertChip() {
        return LitRenderer.<CustomerRow>of("<span class=\"${item.colour ? 'alert-dot alert-' + item.colour : ''}\""
                        + " title=\"${item.reason}\" aria-label=\"${item.reason}\" role=\"${item.colour ? 'img' : ''}\"></span>")
                .withProperty("colour", row -> row.alertColour() == null ? ""
                        : row.alertColour().name().toLowerCase(Locale.ROOT))
                .withProperty("reason", this::alertReason);
    }

    /** The alert's colour and reason as the dot's tooltip, or empty without an alert. */
    String alertReason(CustomerRow row) {
        if (row.alertColour() == null) {
            return "";
        }
        String colour = getTranslation("grid.alert." + row.alertColour().name());
        return row.alertReason() == null ? colour : colour + ": " + row.alertReason();
    }

    private LitRenderer<CustomerRow> tagChips() {
        return LitRenderer.<CustomerRow>of("<div class=\"tag-chips\">${item.tags.map(tag => html`<span class=\"tag-chip\""
                        + " style=\"background-color: ${tag.colour}; color: ${tag.text}\">${tag.name}</span>`)}</div>")
                .withProperty("tags", CustomerGrid::tagsOf);
    }

    /** The tags of a row: name, colour and the text colour that contrasts with it. */
    static List<Map<String, String>> tagsOf(CustomerRow row) {
        return row.tags().stream()
                .map(tag -> Map.of("name", tag.name(), "colour", tag.colour(), "text", TagColours.textOn(tag.colour())))
                .toList();
    }

    /** The churn-risk score with its level as a coloured chip, empty without an estimate. */
    private LitRenderer<CustomerRow> churnRiskChip() {
        return LitRenderer.<CustomerRow>of("<span theme=\"${item.theme}\">${item.text}</span>")
                .withProperty("theme", row -> row.churnLevel() == null ? "" : switch (row.churnLevel()) {
                    case HIGH -> "badge error pill";
                    case MEDIUM -> "badge pill";
                    case LOW -> "badge success pill";
                })
                .withProperty("text", this::churnRiskText);
    }

    /** "72 · Alto", or empty without an estimate. */
    String churnRiskText(CustomerRow row) {
        return row.churnLevel() == null || row.churnScore() == null ? ""
                : row.churnScore() + " · " + getTranslation("churn-risk." + row.churnLevel().name());
    }

    /** The payment risk as a chip: amber to watch, red when high; empty without one. */
    private LitRenderer<CustomerRow> paymentRiskChip() {
        return LitRenderer.<CustomerRow>of("<span theme=\"${item.theme}\">${item.text}</span>")
                .withProperty("theme", row -> row.paymentRisk() == null ? ""
                        : row.paymentRisk() == PaymentRisk.HIGH ? "badge error pill" : "badge warning pill")
                .withProperty("text", this::paymentRiskText);
    }

    String paymentRiskText(CustomerRow row) {
        return row.paymentRisk() == null ? "" : getTranslation("payment-risk." + row.paymentRisk().name());
    }

    private LitRenderer<CustomerRow> stageBadge() {
        return LitRenderer.<CustomerRow>of("<span theme=\"badge pill\" class=\"stage-${item.stage}\">${item.label}</span>")
                .withProperty("stage", row -> row.stage().name().toLowerCase(Locale.ROOT))
                .withProperty("label", row -> getTranslation("stage." + row.stage().name()));
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

}
