package com.cartera.customer.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Set;

/** The customer portfolio: a lazy grid narrowed by search, stage and owner, and the customer form. */
@Route("customers")
@Menu(title = "menu.customers", order = 10, icon = "vaadin:users")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<LifecycleStage> stage = new Select<>();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final Button create = new Button();
    final Grid<Customer> grid = new Grid<>(Customer.class, false);
    final CustomerForm form;

    private final CustomerService customerService;
    private final SplitLayout split = new SplitLayout();
    private CustomerFilter filter = CustomerFilter.NONE;

    public CustomersView(CustomerService customerService, TeamDirectory teamDirectory, Validator validator,
                         CurrentUser currentUser) {
        this.customerService = customerService;
        addClassName("customers-view");
        setSizeFull();
        setPadding(false);

        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("customers.search"));
        search.addValueChangeListener(e -> applyFilter());

        stage.setPlaceholder(getTranslation("customers.all-stages"));
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("customers.all-stages") : getTranslation("stage." + s.name()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("customers.all-stages"));
        stage.setAriaLabel(getTranslation("customer.stage"));
        stage.addValueChangeListener(e -> applyFilter());

        List<TeamMember> members = teamDirectory.activeMembers();
        owner.setPlaceholder(getTranslation("customers.all-owners"));
        owner.setItems(members);
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        owner.setAriaLabel(getTranslation("customer.owner"));
        owner.addValueChangeListener(e -> applyFilter());

        boolean canEdit = currentUser.get().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.SALES)
                || user.hasRole(Role.MARKETING) || user.hasRole(Role.MANAGEMENT)).orElse(false);
        create.setId("customers-new");
        search.setId("customers-search");
        create.setText(getTranslation("customers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            var customer = new Customer();
            currentUser.get().flatMap(user -> teamDirectory.find(user.userId())).ifPresent(customer::setOwner);
            edit(customer);
        });
        create.setVisible(canEdit);

        var toolbar = new HorizontalLayout(search, stage, owner, create);
        toolbar.addClassName("toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        configureGrid(canEdit);
        form = new CustomerForm(customerService, teamDirectory, validator, this::saved, this::closeForm);

        split.addToPrimary(grid);
        split.addToSecondary(form);
        split.setSizeFull();
        split.setSplitterPosition(62);
        form.setVisible(false);
        add(toolbar, split);
        setFlexGrow(1, split);
    }

    private void configureGrid(boolean canEdit) {
        grid.addColumn(Customer::getName).setHeader(getTranslation("customer.name"))
                .setSortProperty("name").setWidth("16em").setFlexGrow(3).setKey("name");
        grid.addColumn(Customer::getEmail).setHeader(getTranslation("customer.email"))
                .setSortProperty("email").setWidth("16em").setFlexGrow(3).setKey("email");
        grid.addColumn(Customer::getPhone).setHeader(getTranslation("customer.phone"))
                .setSortProperty("phone").setWidth("10em").setFlexGrow(1).setKey("phone");
        grid.addColumn(Customer::getCity).setHeader(getTranslation("customer.city"))
                .setSortProperty("city").setWidth("9em").setFlexGrow(1).setKey("city");
        grid.addComponentColumn(this::stageBadge).setHeader(getTranslation("customer.stage"))
                .setSortProperty("lifecycleStage").setAutoWidth(true).setFlexGrow(0).setKey("stage");
        grid.addColumn(c -> c.getOwner() == null ? "" : c.getOwner().getDisplayName())
                .setHeader(getTranslation("customer.owner")).setSortProperty("owner.displayName")
                .setWidth("10em").setFlexGrow(1).setKey("owner");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customers.empty"));
        grid.setSizeFull();
        grid.setMultiSort(true);
        grid.setItems(query -> customerService.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, customerService.count(filter)));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        if (canEdit) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    customerService.find(e.getValue().getId()).ifPresent(this::edit);
                }
            });
        }
    }

    private Span stageBadge(Customer customer) {
        var badge = new Span(getTranslation("stage." + customer.getLifecycleStage().name()));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("stage-" + customer.getLifecycleStage().name().toLowerCase());
        return badge;
    }

    private void applyFilter() {
        filter = CustomerFilter.NONE.withText(search.getValue())
                .withStages(stage.getValue() == null ? Set.of() : Set.of(stage.getValue()))
                .withOwners(owner.getValue() == null ? Set.of() : Set.of(owner.getValue().getUserId()), false);
        grid.getDataProvider().refreshAll();
    }

    private void edit(Customer customer) {
        form.edit(customer);
        form.setVisible(true);
    }

    private void saved(Customer customer) {
        closeForm();
        grid.getDataProvider().refreshAll();
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customers") + " · " + getTranslation("app.name");
    }
}
