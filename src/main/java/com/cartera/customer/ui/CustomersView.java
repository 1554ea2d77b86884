package com.cartera.customer.ui;

import java.text.NumberFormat;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerCount;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerGridTool;
import com.cartera.customer.CustomerList;
import com.cartera.customer.CustomerLists;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.TagService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.TeamDirectory;
import com.cartera.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The customer portfolio: a lazy grid over the whole workspace with server-side filters and sort, saved
 * views, column choice, bulk actions on the selection, the hand-over of a portfolio, and the bin of
 * deleted customers with their restoration.
 */
@Route("customers")
@Menu(title = "menu.customers", order = 10, icon = "vaadin:users")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomersView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    /** The query parameter naming a {@link CustomerList} the grid is narrowed to: {@code /customers?list=<id>}. */
    public static final String LIST = "list";

    final TextField search = new TextField();
    final Button filtersToggle = new Button();
    final Checkbox bin = new Checkbox();
    final Button handover = new Button();
    final Button create = new Button();
    final Span rowCount = new Span();
    final CustomerGrid grid;
    /** Made when first opened or set by a saved view: most visits never use its dozen fields. */
    CustomerFilterPanel filters;
    final SavedViewsMenu views;
    final ColumnChooser columns;
    final BulkActionsBar bulkActions;
    /** Only while the bin is shown: a hidden column still makes its cell components for every row. */
    Grid.Column<CustomerRow> restoreColumn;

    private final CustomerService customerService;
    private final TagService tagService;
    private final TeamDirectory team;
    private final CustomerPermissions permissions;
    private final HorizontalLayout status = new HorizontalLayout();
    /** Where the filter panel's chips and clear button go once it exists. */
    private final Div filterChips = new Div();
    private final CustomerLists lists;
    /** The list another screen opened the grid with, until its chip is removed. */
    private CustomerList list;
    /** The chip naming that list. */
    Span listChip;

    public CustomersView(CustomerService customerService, TagService tagService, SavedViewService savedViews,
                         PortfolioBulkService bulk, WorkspaceSettingsService settings, TeamDirectory team,
                         CustomerPermissions permissions, ObjectProvider<CustomerGridTool> tools,
                         CustomerLists lists) {
        this.customerService = customerService;
        this.lists = lists;
        this.tagService = tagService;
        this.team = team;
        this.permissions = permissions;
        addClassName("customers-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        grid = new CustomerGrid(customerService, tagService, permissions, settings.current().getCurrency(), getLocale());
        grid.setSizeFull();
        views = new SavedViewsMenu(savedViews, this::currentView, this::applyView);
        columns = new ColumnChooser(grid);
        bulkActions = new BulkActionsBar(grid, bulk, tagService, team, permissions, grid::refresh);
        grid.getLazyDataView().addItemCountChangeListener(e -> {
            CustomerCount count = grid.matchingCount();
            // A format made for each count, not kept: it holds a few kilobytes of symbols.
            String counted = NumberFormat.getIntegerInstance(getLocale()).format(count.value());
            rowCount.setText(getTranslation(count.more() ? "grid.count-more" : "grid.count", counted));
            bulkActions.matchingCountIs(count);
        });

        search.setId("customers-search");
        search.setPlaceholder(getTranslation("customers.search"));
        search.setAriaLabel(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.setMinWidth("16em");

        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.addClickListener(e -> filters().setVisible(!filters().isVisible()));
        bin.setLabel(getTranslation("grid.bin"));
        bin.addValueChangeListener(e -> switchBin());

        handover.setText(getTranslation("handover.title"));
        handover.setIcon(VaadinIcon.EXCHANGE.create());
        handover.setVisible(permissions.canReassign());
        handover.addClickListener(e -> new HandoverDialog(bulk, team, grid.filter(), grid::refresh).open());

        create.setId("customers-new");
        create.setText(getTranslation("customers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(permissions.canCreate(LifecycleStage.LEAD));
        create.addClickListener(e -> UI.getCurrent().navigate("customers/new"));

        var toolbar = new HorizontalLayout(search, filtersToggle, views, columns);
        tools.orderedStream().forEach(tool -> toolbar.add(tool.create(grid::filter, grid::currentSort)));
        toolbar.add(bin, handover, create);
        toolbar.addClassName("toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(search);
        rowCount.addClassName("row-count");
        filterChips.getStyle().set("display", "contents");
        status.add(filterChips, rowCount);
        status.addClassName("grid-status");
        status.setWidthFull();
        status.setAlignItems(FlexComponent.Alignment.CENTER);

        add(toolbar, status, bulkActions, grid);
        setFlexGrow(1, grid);
        refreshFilterToggle();
    }

    private CustomerFilterPanel filters() {
        if (filters == null) {
            filters = new CustomerFilterPanel(team.activeMembers(), tagService.all(), this::applyFilter);
            filters.setVisible(false);
            addComponentAtIndex(indexOf(status) + 1, filters);
            filterChips.add(filters.chips, filters.clear);
            status.expand(filters.chips);
        }
        return filters;
    }

    private void applyFilter() {
        var base = CustomerFilter.NONE.withText(search.getValue()).withDeleted(bin.getValue())
                .withList(list == null ? null : list.id());
        grid.setFilter(filters == null ? base : filters.applyTo(base));
        refreshFilterToggle();
    }

    private void refreshFilterToggle() {
        int active = filters == null ? 0 : filters.activeCount();
        filtersToggle.setText(active == 0 ? getTranslation("grid.filters")
                : getTranslation("grid.filters.active", active));
    }

    /** The bin shows deleted customers, with a way to restore each; nothing else can be done to them. */
    private void switchBin() {
        boolean inBin = bin.getValue();
        if (inBin && restoreColumn == null) {
            restoreColumn = grid.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true)
                    .setFlexGrow(0).setFrozenToEnd(true);
        } else if (!inBin && restoreColumn != null) {
            grid.removeColumn(restoreColumn);
            restoreColumn = null;
        }
        bulkActions.setAvailable(!inBin);
        create.setVisible(!inBin && permissions.canCreate(LifecycleStage.LEAD));
        handover.setVisible(!inBin && permissions.canReassign());
        applyFilter();
    }

    private Button restoreButton(CustomerRow customer) {
        var restore = new Button(getTranslation("grid.bin.restore"), VaadinIcon.ARROW_BACKWARD.create());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.setEnabled(customer.restorable());
        restore.addClickListener(e -> {
            try {
                customerService.restore(customer.id());
                Notifications.success(getTranslation("grid.bin.restored", customer.name()));
            } catch (ObjectOptimisticLockingFailureException gone) {
                Notifications.error(getTranslation("grid.bin.gone", customer.name()));
            }
            grid.refresh();
        });
        return restore;
    }

    private SavedViewDefinition currentView() {
        // A list expires within a day: a saved view keeps the rest of the filter, not the list.
        return new SavedViewDefinition(grid.filter().withList(null), grid.sortKeys(), grid.visibleColumns());
    }

    /** Narrows the grid to the list named in the URL, when it is one of this workspace's and still kept. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var named = event.getLocation().getQueryParameters().getSingleParameter(LIST);
        boolean hadList = list != null;
        // The same view is kept when the grid is opened again with another list (or none).
        if (listChip != null) {
            status.remove(listChip);
            listChip = null;
        }
        list = named.flatMap(CustomersView::parse).flatMap(lists::find).orElse(null);
        if (named.isPresent() && list == null) {
            Notifications.error(getTranslation("customers.list.gone"));
        }
        if (list == null) {
            if (hadList) {
                applyFilter();
            }
            return;
        }
        String text = getTranslation("customers.list.chip", list.label(),
                NumberFormat.getIntegerInstance(getLocale()).format(list.size()));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeList());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("customers.list.remove"));
        listChip = new Span(new Span(text), remove);
        listChip.setId("customers-list-chip");
        listChip.addClassName("filter-chip");
        status.addComponentAsFirst(listChip);
        applyFilter();
    }

    private void removeList() {
        list = null;
        status.remove(listChip);
        listChip = null;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "customers"));
        applyFilter();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Sets the search, filters, sort and columns a saved view holds, outside the bin. */
    private void applyView(SavedViewDefinition view) {
        if (bin.getValue()) {
            bin.setValue(false);
        }
        search.setValue(view.filter().text() == null ? "" : view.filter().text());
        filters().show(view.filter());
        grid.showColumns(view.columns().isEmpty() ? CustomerGrid.DEFAULT_COLUMNS : view.columns());
        columns.showState();
        grid.sortBy(view.sort());
        applyFilter();
    }

    @Override
    public String heading() {
        return getTranslation("menu.customers");
    }
}
