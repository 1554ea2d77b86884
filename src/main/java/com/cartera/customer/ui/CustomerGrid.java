package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerCount;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The portfolio grid: customers fetched page by page for the current filter, sorted on the server by every
 * column but the tags (empty values last), with chips for the follow-up alert and the tags, and columns
 * that can be hidden. Selecting rows is for bulk actions; the name links to the customer's page.
 */
class CustomerGrid extends Grid<Customer> {

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

    /** The data columns a person may hide: all but the name. */
    static final List<String> HIDEABLE_COLUMNS = List.of(ALERT, TAGS, STAGE, TIER, OWNER, EMAIL, PHONE, CITY, REGION,
            SECTOR, LAST_PURCHASE, CLV, PURCHASES, CREATED);

    /** The columns shown until someone chooses otherwise. */
    static final List<String> DEFAULT_COLUMNS = List.of(NAME, ALERT, TAGS, STAGE, TIER, OWNER, EMAIL, PHONE, CITY,
            LAST_PURCHASE, CLV);

    private final CustomerService customers;
    private final TagService tags;
    private final NumberFormat money;
    private final DateTimeFormatter dates;
    private final Map<Long, List<Tag>> tagsOfFetchedRows = new HashMap<>();
    private CustomerFilter filter = CustomerFilter.NONE;
    private CustomerCount matchingCount = new CustomerCount(0, false);

    CustomerGrid(CustomerService customers, TagService tags, String currency, Locale locale) {
        this.customers = customers;
        this.tags = tags;
        money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(currency));
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        // Cells are templates filled in the browser, not server-side components: a component per cell would keep
        // a few hundred element nodes per open grid in the session.
        addColumn(nameCell()).setKey(NAME).setHeader(getTranslation("customer.name"))
                .setSortProperty("name").setWidth("16rem").setFlexGrow(3).setFrozen(true);
        addColumn(alertChip()).setKey(ALERT).setHeader(getTranslation("grid.column.alert"))
                .setSortProperty("alertColour").setWidth("6.5rem").setFlexGrow(0);
        addColumn(tagChips()).setKey(TAGS).setHeader(getTranslation("grid.column.tags"))
                .setWidth("12rem").setFlexGrow(2);
        addColumn(stageBadge()).setKey(STAGE).setHeader(getTranslation("customer.stage"))
                .setSortProperty("lifecycleStage").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.getTier() == null ? "" : getTranslation("grid.tier." + c.getTier().name())).setKey(TIER)
                .setHeader(getTranslation("grid.column.tier")).setSortProperty("tier").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.getOwner() == null ? "" : c.getOwner().getDisplayName()).setKey(OWNER)
                .setHeader(getTranslation("customer.owner")).setSortProperty("owner.displayName").setWidth("10rem");
        textColumn(EMAIL, "customer.email", "email", Customer::getEmail, "14rem");
        textColumn(PHONE, "customer.phone", "phone", Customer::getPhone, "9rem");
        textColumn(CITY, "customer.city", "city", Customer::getCity, "9rem");
        textColumn(REGION, "customer.region", "region", Customer::getRegion, "9rem");
        textColumn(SECTOR, "grid.column.sector", "sector", Customer::getSector, "9rem");
        textColumn(LAST_PURCHASE, "grid.column.last-purchase", "lastPurchaseOn", c -> date(c.getLastPurchaseOn()), "8rem");
        textColumn(CLV, "grid.column.clv", "revenue", c -> amount(c.getRevenue()), "8rem")
                .setTextAlign(ColumnTextAlign.END);
        textColumn(PURCHASES, "grid.column.purchases", "purchaseCount", c -> Integer.toString(c.getPurchaseCount()), "6rem")
                .setTextAlign(ColumnTextAlign.END);
        textColumn(CREATED, "grid.column.created", "createdAt",
                c -> date(c.getCreatedAt() == null ? null : c.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                "8rem");
        getColumns().forEach(column -> column.setResizable(true));
        showColumns(DEFAULT_COLUMNS);

        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        setEmptyStateText(getTranslation("customers.empty"));
        setMultiSort(true);
        setItems(this::fetch, query -> {
            matchingCount = customers.countUpTo(filter, COUNT_LIMIT);
            return (int) matchingCount.value();
        })
                .setIdentifierProvider(Customer::getId);
        sort(List.of(new GridSortOrder<>(getColumnByKey(NAME), SortDirection.ASCENDING)));
    }

    private Column<Customer> textColumn(String key, String headerKey, String sortProperty,
                                        Function<Customer, String> value, String width) {
        return addColumn(value::apply).setKey(key).setHeader(getTranslation(headerKey)).setSortProperty(sortProperty)
                .setWidth(width);
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
        tagsOfFetchedRows.clear();
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

    private Stream<Customer> fetch(Query<Customer, Void> query) {
        var sort = Sort.by(VaadinSpringDataHelpers.toSpringDataSort(query).stream()
                .map(Sort.Order::nullsLast).toList());
        List<Customer> page = customers.page(filter,
                PageRequest.of(query.getPage(), query.getPageSize(), sort));
        tagsOfFetchedRows.putAll(tags.tagsOf(page.stream().map(Customer::getId).toList()));
        return page.stream();
    }

    List<Column<Customer>> hideableColumns() {
        return HIDEABLE_COLUMNS.stream().map(this::getColumnByKey).toList();
    }

    /** The keys of the data columns now shown, the name first. */
    List<String> visibleColumns() {
        return Stream.concat(Stream.of(NAME), HIDEABLE_COLUMNS.stream().filter(key -> getColumnByKey(key).isVisible()))
                .toList();
    }

    /** Shows exactly the data columns with these keys (the name always); unknown keys are ignored. */
    void showColumns(Collection<String> keys) {
        hideableColumns().forEach(column -> column.setVisible(keys.contains(column.getKey())));
    }

    List<SortKey> sortKeys() {
        return getSortOrder().stream()
                .map(order -> new SortKey(order.getSorted().getKey(), order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    /** Sorts by these columns; with none that the grid knows, by name. */
    void sortBy(List<SortKey> keys) {
        List<GridSortOrder<Customer>> orders = keys.stream()
                .filter(key -> getColumnByKey(key.column()) != null && getColumnByKey(key.column()).isSortable())
                .map(key -> new GridSortOrder<>(getColumnByKey(key.column()),
                        key.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING))
                .toList();
        sort(orders.isEmpty() ? List.of(new GridSortOrder<>(getColumnByKey(NAME), SortDirection.ASCENDING)) : orders);
    }

    private LitRenderer<Customer> nameCell() {
        return LitRenderer.<Customer>of("<vaadin-horizontal-layout class=\"customer-name-cell\">"
                        + "<vaadin-icon class=\"customer-kind\" icon=\"${item.kindIcon}\" aria-label=\"${item.kindLabel}\">"
                        + "</vaadin-icon><a href=\"${item.href}\" router-link>${item.name}</a></vaadin-horizontal-layout>")
                .withProperty("name", Customer::getName)
                .withProperty("href", customer -> "customers/" + customer.getId())
                .withProperty("kindIcon", customer -> customer.getKind() == CustomerKind.COMPANY ? "vaadin:building"
                        : "vaadin:user")
                .withProperty("kindLabel", customer -> getTranslation("customer.kind." + customer.getKind().name()));
    }

    private LitRenderer<Customer> alertChip() {
        return LitRenderer.<Customer>of("<span class=\"${item.colour ? 'alert-dot alert-' + item.colour : ''}\""
                        + " title=\"${item.reason}\" aria-label=\"${item.reason}\" role=\"${item.colour ? 'img' : ''}\"></span>")
                .withProperty("colour", customer -> customer.getAlertColour() == null ? ""
                        : customer.getAlertColour().name().toLowerCase(Locale.ROOT))
                .withProperty("reason", this::alertReason);
    }

    /** The alert's colour and reason as the dot's tooltip, or empty without an alert. */
    String alertReason(Customer customer) {
        if (customer.getAlertColour() == null) {
            return "";
        }
        String colour = getTranslation("grid.alert." + customer.getAlertColour().name());
        return customer.getAlertReason() == null ? colour : colour + ": " + customer.getAlertReason();
    }

    private LitRenderer<Customer> tagChips() {
        return LitRenderer.<Customer>of("<div class=\"tag-chips\">${item.tags.map(tag => html`<span class=\"tag-chip\""
                        + " style=\"background-color: ${tag.colour}; color: ${tag.text}\">${tag.name}</span>`)}</div>")
                .withProperty("tags", this::tagsOf);
    }

    /** The tags of a fetched row: name, colour and the text colour that contrasts with it. */
    List<Map<String, String>> tagsOf(Customer customer) {
        return tagsOfFetchedRows.getOrDefault(customer.getId(), List.of()).stream()
                .map(tag -> Map.of("name", tag.getName(), "colour", tag.getColour(),
                        "text", TagColours.textOn(tag.getColour())))
                .toList();
    }

    private LitRenderer<Customer> stageBadge() {
        return LitRenderer.<Customer>of("<span theme=\"badge pill\" class=\"stage-${item.stage}\">${item.label}</span>")
                .withProperty("stage", customer -> customer.getLifecycleStage().name().toLowerCase(Locale.ROOT))
                .withProperty("label", customer -> getTranslation("stage." + customer.getLifecycleStage().name()));
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : money.format(value);
    }
}
