package com.cartera.support.ui;

import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.QueueBulk;
import com.cartera.support.QueueCount;
import com.cartera.support.QueueView;
import com.cartera.support.SavedQueueViews;
import com.cartera.support.TicketExport;
import com.cartera.support.TicketFilter;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketQueue;
import com.cartera.support.TicketQueue.Choice;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;

/**
 * The ticket queues: tabs for my tickets, unassigned, by team, breaching soon and all; a lazy grid with
 * server-side filters and sort, a capped count, saved views, bulk assign / close and an .xlsx export of the
 * filtered rows. Other screens open it narrowed by query parameters ({@code queue}, {@code team},
 * {@code category}, {@code status}, {@code priority}, {@code customer}, {@code from}, {@code to}).
 */
@Route("support")
@StyleSheet("styles/support-queue.css")
@Menu(title = "support.queue.menu", order = 25, icon = "vaadin:headset")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class SupportQueueView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    /** Narrower than this, the grid keeps only the columns a phone can show. */
    static final int PHONE_WIDTH = 700;

    final Tabs tabs = new Tabs();
    final Map<Queue, Tab> tabOf = new java.util.EnumMap<>(Queue.class);
    final ComboBox<Choice> team = new ComboBox<>();
    final TextField search = new TextField();
    final Button filtersToggle = new Button();
    final Span rowCount = new Span();
    final TicketGrid grid;
    final QueueFilters filters;
    final QueueViewsMenu views;
    final QueueBulkBar bulkBar;
    final Anchor export = new Anchor();

    private final List<Choice> teams;
    private boolean applying;

    public SupportQueueView(TicketQueue queue, SavedQueueViews savedViews, QueueBulk bulk, TicketExport exporter,
                            TeamDirectory directory, WorkspaceCalendar calendar, CurrentUser currentUser,
                            TicketSlas slas) {
        addClassName("support-queue-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        teams = queue.teams();
        List<TeamMember> members = directory.activeMembers();
        grid = new TicketGrid(queue, slas, calendar.zone(), getLocale());
        grid.setSizeFull();
        filters = new QueueFilters(queue.categories(), teams, members, this::applyFilter);
        filters.setVisible(false);
        views = new QueueViewsMenu(savedViews, this::currentView, this::applyView);
        bulkBar = new QueueBulkBar(grid, bulk, members, teams);
        boolean writes = currentUser.require().hasRole(Role.SUPPORT) || currentUser.require().hasRole(Role.ADMIN);
        if (!writes) {
            grid.setSelectionMode(com.vaadin.flow.component.grid.Grid.SelectionMode.NONE);
        }
        grid.getLazyDataView().addItemCountChangeListener(e -> {
            QueueCount count = grid.matchingCount();
            String counted = NumberFormat.getIntegerInstance(getLocale()).format(count.value());
            rowCount.setText(getTranslation(count.more() ? "support.queue.count-more" : "support.queue.count",
                    counted));
        });

        for (Queue q : Queue.values()) {
            Tab tab = new Tab(getTranslation("support.queue.tab." + q.parameter()));
            tab.setId("queue-tab-" + q.parameter());
            tabOf.put(q, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (!applying && e.isFromClient()) {
                showQueue(selectedQueue(), team.getValue() == null ? null : team.getValue().id());
            }
        });
        team.setItems(teams);
        team.setItemLabelGenerator(Choice::name);
        team.setPlaceholder(getTranslation("support.queue.all-teams"));
        team.setAriaLabel(getTranslation("support.queue.column.team"));
        team.setClearButtonVisible(true);
        team.setWidth("11em");
        team.setVisible(false);
        team.addValueChangeListener(e -> {
            if (!applying) {
                showQueue(Queue.TEAM, e.getValue() == null ? null : e.getValue().id());
            }
        });

        search.setId("queue-search");
        search.setPlaceholder(getTranslation("support.queue.search"));
        search.setAriaLabel(getTranslation("support.queue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.setMinWidth("12em");
        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.setAriaLabel(getTranslation("support.queue.filters"));
        filtersToggle.setTooltipText(getTranslation("support.queue.filters"));
        filtersToggle.addClickListener(e -> filters.setVisible(!filters.isVisible()));

        Locale locale = getLocale();
        export.setHref(event -> download(event, exporter, grid.filter(), grid, locale));
        var exportButton = new Button(getTranslation("support.queue.export"), VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportButton.setTooltipText(getTranslation("support.queue.export.tooltip"));
        export.add(exportButton);

        var toolbar = new HorizontalLayout(search, filtersToggle, views, export, rowCount);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        var queues = new HorizontalLayout(tabs, team);
        queues.setWidthFull();
        queues.setAlignItems(FlexComponent.Alignment.BASELINE);
        queues.getStyle().set("flex-wrap", "wrap");
        tabs.setMaxWidth("100%");
        add(queues, toolbar, filters, bulkBar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> grid.compact(details.getWindowInnerWidth() < PHONE_WIDTH));
        page.addBrowserWindowResizeListener(e -> grid.compact(e.getWidth() < PHONE_WIDTH));
    }

    private static void download(DownloadEvent event, TicketExport exporter, TicketFilter filter, TicketGrid grid,
                                 Locale locale) throws java.io.IOException {
        event.setFileName(exporter.fileName(locale));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            exporter.write(filter, grid.sort(), out, locale);
        }
    }

    private Queue selectedQueue() {
        return tabOf.entrySet().stream().filter(e -> e.getValue() == tabs.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(Queue.ALL);
    }

    /** Shows one of the named queues from its starting filter. */
    void showQueue(Queue queue, Long teamId) {
        applying = true;
        try {
            tabs.setSelectedTab(tabOf.get(queue));
            team.setVisible(queue == Queue.TEAM);
            if (queue != Queue.TEAM) {
                team.clear();
            } else {
                team.setValue(teams.stream().filter(t -> teamId != null && t.id() == teamId).findFirst()
                        .orElse(null));
            }
            filters.show(queue.filter(teamId));
        } finally {
            applying = false;
        }
        applyFilter();
    }

    void applyFilter() {
        grid.filter(filters.value(search.getValue()));
    }

    QueueView currentView() {
        List<String> visible = grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()).toList();
        return new QueueView(grid.filter(), grid.sort(), visible);
    }

    void applyView(QueueView view) {
        applying = true;
        try {
            search.setValue(view.filter().text() == null ? "" : view.filter().text());
            filters.show(view.filter());
            filters.setVisible(true);
            grid.sortBy(view.sort());
            if (!view.columns().isEmpty()) {
                grid.getColumns().forEach(c -> c.setVisible(view.columns().contains(c.getKey())));
            }
        } finally {
            applying = false;
        }
        applyFilter();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Queue queue = one(parameters, "queue").map(Queue::of).orElse(null);
        Long teamId = one(parameters, "team").flatMap(SupportQueueView::number).orElse(null);
        if (queue == null) {
            queue = teamId != null ? Queue.TEAM : Queue.MINE;
        }
        TicketFilter filter = queue.filter(teamId);
        Optional<Long> category = one(parameters, "category").flatMap(SupportQueueView::number);
        if (category.isPresent()) {
            filter = filter.withCategories(Set.of(category.get()));
        }
        Optional<Long> customer = one(parameters, "customer").flatMap(SupportQueueView::number);
        if (customer.isPresent()) {
            filter = filter.withCustomer(customer.get());
        }
        Optional<String> status = one(parameters, "status");
        if (status.isPresent()) {
            filter = status.get().equals("open") ? filter.withStatuses(Set.of(), true)
                    : filter.withStatuses(enums(TicketStatus.class, status.get()), false);
        }
        Optional<String> priority = one(parameters, "priority");
        if (priority.isPresent()) {
            filter = filter.withPriorities(enums(TicketPriority.class, priority.get()));
        }
        filter = filter.withOpened(one(parameters, "from").flatMap(SupportQueueView::day).orElse(null),
                one(parameters, "to").flatMap(SupportQueueView::day).orElse(null));
        applying = true;
        try {
            tabs.setSelectedTab(tabOf.get(queue));
            team.setVisible(queue == Queue.TEAM);
            Long chosenTeam = teamId;
            team.setValue(teams.stream().filter(t -> chosenTeam != null && t.id() == chosenTeam).findFirst()
                    .orElse(null));
            filters.show(filter);
            filters.setVisible(category.isPresent() || customer.isPresent() || status.isPresent()
                    || priority.isPresent());
        } finally {
            applying = false;
        }
        applyFilter();
    }

    private static Optional<String> one(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String list) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(list.split(",")).map(String::strip).forEach(name -> Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equalsIgnoreCase(name)).forEach(values::add));
        return values;
    }

    @Override
    public String heading() {
        return getTranslation("support.queue.title");
    }
}
