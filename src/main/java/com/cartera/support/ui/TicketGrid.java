package com.cartera.support.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

import com.cartera.support.QueueCount;
import com.cartera.support.TicketFilter;
import com.cartera.support.TicketQueue;
import com.cartera.support.TicketQueueRow;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketSort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * A ticket queue: tickets fetched page by page for the current filter, sorted on the server by one column (the
 * number breaking ties), the count capped at {@value TicketQueue#COUNT_LIMIT}. Selecting rows is for bulk actions;
 * the number and subject link to the ticket, the customer to the customer's page; the time left is business time
 * on the running service-level target. On a phone only the number, the subject (with the customer under it), the
 * priority and the time left are shown.
 */
class TicketGrid extends Grid<TicketQueueRow> {

    static final String NUMBER = "number";
    static final String SUBJECT = "subject";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String TYPE = "type";
    static final String CUSTOMER = "customer";
    static final String ASSIGNEE = "assignee";
    static final String TEAM = "team";
    static final String CATEGORY = "category";
    static final String OPENED = "opened";
    static final String UPDATED = "updated";
    static final String TIME_LEFT = "timeLeft";

    /** The columns a phone keeps. */
    static final List<String> COMPACT_COLUMNS = List.of(NUMBER, SUBJECT, PRIORITY, TIME_LEFT);

    /** The route of one ticket's page: {@code support/tickets/<id>}. */
    static final String TICKET_ROUTE = "support/tickets/";

    private final TicketQueue queue;
    private final TicketSlas slas;
    private final DateTimeFormatter times;
    /** The service level of the rows fetched so far, read a page at a time. */
    private final Map<Long, TicketSla> slaOfRows = new HashMap<>();
    private TicketFilter filter = TicketFilter.NONE;
    private QueueCount matchingCount = new QueueCount(0, false);

    TicketGrid(TicketQueue queue, TicketSlas slas, ZoneId zone, Locale locale) {
        this.queue = queue;
        this.slas = slas;
        times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        setId("ticket-grid");
        addColumn(LitRenderer.<TicketQueueRow>of("<a href=\"${item.href}\">#${item.id}</a>")
                .withProperty("href", row -> TICKET_ROUTE + row.id()).withProperty("id", TicketQueueRow::id))
                .setKey(NUMBER).setHeader(getTranslation("support.queue.column.number")).setSortProperty(NUMBER)
                .setWidth("6rem").setFlexGrow(0).setFrozen(true);
        addColumn(LitRenderer.<TicketQueueRow>of("<div class=\"ticket-subject-cell\"><a href=\"${item.href}\">"
                        + "${item.subject}</a><small class=\"ticket-subject-customer\">${item.customer}</small></div>")
                .withProperty("href", row -> TICKET_ROUTE + row.id())
                .withProperty("subject", TicketQueueRow::subject)
                .withProperty("customer", TicketQueueRow::customerName))
                .setKey(SUBJECT).setHeader(getTranslation("support.queue.column.subject")).setSortProperty(SUBJECT)
                .setWidth("18rem").setFlexGrow(3);
        addColumn(LitRenderer.<TicketQueueRow>of("<span theme=\"badge pill ${item.theme}\">${item.label}</span>")
                .withProperty("label", row -> getTranslation("support.queue.status." + row.status()))
                .withProperty("theme", row -> row.status().isOpen() ? "" : "contrast"))
                .setKey(STATUS).setHeader(getTranslation("support.queue.column.status")).setSortProperty(STATUS)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<TicketQueueRow>of("<span theme=\"badge ${item.theme}\">${item.label}</span>")
                .withProperty("label", row -> getTranslation("support.queue.priority." + row.priority()))
                .withProperty("theme", row -> switch (row.priority()) {
                    case URGENT -> "error primary";
                    case HIGH -> "error";
                    case NORMAL -> "";
                    case LOW -> "contrast";
                }))
                .setKey(PRIORITY).setHeader(getTranslation("support.queue.column.priority")).setSortProperty(PRIORITY)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<TicketQueueRow>of("<span class=\"sla-left sla-${item.state}\">${item.text}</span>")
                .withProperty("state", row -> slaState(row.id()))
                .withProperty("text", row -> timeLeft(row.id())))
                .setKey(TIME_LEFT).setHeader(getTranslation("support.queue.column.time-left")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> getTranslation("support.queue.type." + row.type())).setKey(TYPE)
                .setHeader(getTranslation("support.queue.column.type")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<TicketQueueRow>of("<a href=\"${item.href}\">${item.name}</a>")
                .withProperty("href", row -> "customers/" + row.customerId())
                .withProperty("name", TicketQueueRow::customerName))
                .setKey(CUSTOMER).setHeader(getTranslation("support.queue.column.customer")).setWidth("12rem")
                .setFlexGrow(2);
        addColumn(row -> row.assigneeName() == null ? getTranslation("support.queue.unassigned")
                : row.assigneeName()).setKey(ASSIGNEE).setHeader(getTranslation("support.queue.column.assignee"))
                .setWidth("10rem").setFlexGrow(1);
        addColumn(TicketQueueRow::teamName).setKey(TEAM).setHeader(getTranslation("support.queue.column.team"))
                .setWidth("8rem").setFlexGrow(1);
        addColumn(TicketQueueRow::categoryName).setKey(CATEGORY)
                .setHeader(getTranslation("support.queue.column.category")).setWidth("9rem").setFlexGrow(1);
        addColumn(row -> times.format(row.openedAt())).setKey(OPENED)
                .setHeader(getTranslation("support.queue.column.opened")).setSortProperty(OPENED).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> times.format(row.updatedAt())).setKey(UPDATED)
                .setHeader(getTranslation("support.queue.column.updated")).setSortProperty(UPDATED).setAutoWidth(true)
                .setFlexGrow(0);

        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.ROW_STRIPES);
        setEmptyStateText(getTranslation("support.queue.empty"));
        setItems(this::fetch, query -> {
            matchingCount = queue.countUpTo(filter, TicketQueue.COUNT_LIMIT);
            return (int) matchingCount.value();
        }).setIdentifierProvider(TicketQueueRow::id);
        sort(List.of(new GridSortOrder<>(getColumnByKey(OPENED), SortDirection.DESCENDING)));
    }

    private Stream<TicketQueueRow> fetch(Query<TicketQueueRow, Void> query) {
        List<TicketQueueRow> page = queue.page(filter, sort(), query.getOffset(), query.getLimit());
        if (query.getOffset() == 0) {
            slaOfRows.clear();
        }
        slaOfRows.putAll(slas.of(page.stream().map(TicketQueueRow::id).toList()));
        return page.stream();
    }

    private String slaState(long ticketId) {
        TicketSla sla = slaOfRows.get(ticketId);
        return sla == null ? "none" : sla.state().name().toLowerCase(Locale.ROOT);
    }

    /** Business time left on the running target ("2 h 05 min", "-35 min" when overdue), or what stopped it. */
    private String timeLeft(long ticketId) {
        TicketSla sla = slaOfRows.get(ticketId);
        if (sla == null) {
            return "";
        }
        Long minutes = sla.minutesLeft();
        if (sla.paused() || minutes == null) {
            return getTranslation("support.queue.sla." + sla.state());
        }
        long abs = Math.abs(minutes);
        String span = abs >= 60 ? getTranslation("support.queue.sla.hours", abs / 60, "%02d".formatted(abs % 60))
                : getTranslation("support.queue.sla.minutes", abs);
        return minutes < 0 ? "-" + span : span;
    }

    /** The grid's sort as the queue's: its first sort order, or newest first. */
    TicketSort sort() {
        return getSortOrder().stream().findFirst()
                .map(order -> new TicketSort(column(order.getSorted().getKey()),
                        order.getDirection() == SortDirection.DESCENDING))
                .orElse(TicketSort.NEWEST);
    }

    void sortBy(TicketSort sort) {
        Column<TicketQueueRow> column = getColumnByKey(key(sort.column()));
        sort(List.of(new GridSortOrder<>(column,
                sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    private static TicketSort.Column column(String key) {
        return switch (key) {
            case NUMBER -> TicketSort.Column.NUMBER;
            case SUBJECT -> TicketSort.Column.SUBJECT;
            case STATUS -> TicketSort.Column.STATUS;
            case PRIORITY -> TicketSort.Column.PRIORITY;
            case UPDATED -> TicketSort.Column.UPDATED;
            default -> TicketSort.Column.OPENED;
        };
    }

    private static String key(TicketSort.Column column) {
        return switch (column) {
            case NUMBER -> NUMBER;
            case SUBJECT -> SUBJECT;
            case STATUS -> STATUS;
            case PRIORITY -> PRIORITY;
            case UPDATED -> UPDATED;
            case OPENED -> OPENED;
        };
    }

    /** Shows the filter's tickets from the first page on. */
    void filter(TicketFilter newFilter) {
        filter = newFilter;
        deselectAll();
        getDataProvider().refreshAll();
    }

    TicketFilter filter() {
        return filter;
    }

    QueueCount matchingCount() {
        return matchingCount;
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** On a phone, only the columns that tell the tickets apart. */
    void compact(boolean compact) {
        getColumns().forEach(column -> column.setVisible(!compact || COMPACT_COLUMNS.contains(column.getKey())));
        // Narrower number and subject on a phone, so that the priority and the time left fit beside them.
        getColumnByKey(NUMBER).setWidth(compact ? "4.5rem" : "6rem");
        getColumnByKey(SUBJECT).setWidth(compact ? "9rem" : "18rem");
    }
}
