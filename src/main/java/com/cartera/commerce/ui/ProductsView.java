package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.ProductService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

/** The product catalogue: a lazy grid with search; admin, management and finance add, edit and deactivate. */
@Route("products")
@Menu(title = "menu.products", order = 30, icon = "vaadin:package")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class ProductsView extends VerticalLayout implements HasHeading {

    final TextField search = new TextField();
    final Checkbox includeInactive = new Checkbox();
    final Button create = new Button();
    final Grid<Product> grid = new Grid<>(Product.class, false);

    private final ProductService productService;
    private final Validator validator;
    private final String currency;
    private final boolean canEdit;
    private final ProductCosts costs;
    private final WorkspaceCalendar calendar;
    /** The cost in force today of the products on the rows fetched last (people who see costs only). */
    private final Map<Long, BigDecimal> currentCosts = new HashMap<>();

    public ProductsView(ProductService productService, WorkspaceSettingsService settings, Validator validator,
                        ProductCosts costs, WorkspaceCalendar calendar) {
        this.productService = productService;
        this.validator = validator;
        this.currency = settings.current().getCurrency();
        this.canEdit = productService.canEditCatalogue();
        this.costs = costs;
        this.calendar = calendar;
        addClassName("products-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("products.search"));
        search.setAriaLabel(getTranslation("products.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        includeInactive.setLabel(getTranslation("products.include-inactive"));
        includeInactive.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("products.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openEditor(new Product()));
        create.setVisible(canEdit);

        var toolbar = new HorizontalLayout(search, includeInactive, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        configureGrid();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addColumn(Product::getName).setHeader(getTranslation("product.name")).setSortProperty("name")
                .setFlexGrow(3).setKey("name");
        grid.addColumn(Product::getSku).setHeader(getTranslation("product.sku")).setSortProperty("sku")
                .setFlexGrow(1).setKey("sku");
        grid.addColumn(Product::getCategory).setHeader(getTranslation("product.category")).setSortProperty("category")
                .setFlexGrow(2).setKey("category");
        grid.addColumn(product -> MoneyFormat.format(product.getUnitPrice(), currency, getLocale()))
                .setHeader(getTranslation("product.price")).setSortProperty("unitPrice").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setKey("price");
        if (costs.canSeeCosts()) {
            grid.addColumn(product -> Optional.ofNullable(currentCosts.get(product.getId()))
                            .map(cost -> MoneyFormat.format(cost, currency, getLocale())).orElse("—"))
                    .setHeader(getTranslation("product.cost.current-column")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0).setKey("cost");
            grid.addColumn(product -> ProductCostPanel.percent(Optional.ofNullable(currentCosts.get(product.getId()))
                            .map(cost -> ProductCostPanel.marginRate(product.getUnitPrice(), cost)).orElse(null),
                            getLocale()))
                    .setHeader(getTranslation("product.cost.margin-column")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0).setKey("margin");
        }
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("product.state")).setAutoWidth(true)
                .setFlexGrow(0).setKey("state");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("products.empty"));
        grid.setItems(query -> withCosts(productService.page(search.getValue(), includeInactive.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, productService.count(search.getValue(), includeInactive.getValue())));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        if (canEdit) {
            grid.addItemClickListener(e -> productService.find(e.getItem().getId()).ifPresent(this::openEditor));
        }
    }

    private List<Product> withCosts(List<Product> page) {
        if (costs.canSeeCosts()) {
            currentCosts.putAll(costs.currentCosts(page.stream().map(Product::getId).toList()));
        }
        return page;
    }

    private Span stateBadge(Product product) {
        var badge = new Span(getTranslation(product.isActive() ? "product.active" : "product.inactive"));
        badge.getElement().getThemeList().add(product.isActive() ? "badge success pill" : "badge contrast pill");
        return badge;
    }

    ProductDialog openEditor(Product product) {
        var dialog = new ProductDialog(product, productService, costs, calendar.today(), validator, currency,
                saved -> grid.getDataProvider().refreshAll());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.getDataProvider().refreshAll();
            }
        });
        dialog.open();
        return dialog;
    }

    @Override
    public String heading() {
        return getTranslation("menu.products");
    }
}
