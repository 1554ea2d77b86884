package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.Purchase;
import com.cartera.commerce.PurchaseLine;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.Customer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A customer's purchases, newest first, paged from the database; who may record purchases for the customer
 * also records, corrects and deletes them here.
 */
class PurchasesPanel extends VerticalLayout {

    /** How many products a row names before it says "and N more". */
    private static final int NAMED_PRODUCTS = 3;

    final Button record = new Button();
    final Grid<Purchase> grid = new Grid<>();

    private final Customer customer;
    private final PurchaseService purchaseService;
    private final ProductService productService;
    private final String currency;
    private final boolean canRecord;

    PurchasesPanel(Customer customer, PurchaseService purchaseService, ProductService productService, String currency) {
        this.customer = customer;
        this.purchaseService = purchaseService;
        this.productService = productService;
        this.currency = currency;
        this.canRecord = purchaseService.canRecord(customer);
        addClassName("purchases-panel");
        setPadding(false);
        setSizeFull();

        record.setText(getTranslation("purchase.record"));
        record.setIcon(VaadinIcon.CART.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> openRecordDialog());
        record.setVisible(canRecord);

        var dates = dates();
        grid.addColumn(p -> dates.format(p.getPurchasedOn())).setHeader(getTranslation("purchase.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        grid.addColumn(p -> MoneyFormat.format(p.getTotal(), currency, getLocale()))
                .setHeader(getTranslation("purchase.total.header")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("total");
        grid.addColumn(p -> getTranslation("purchase.channel." + p.getChannel().name()))
                .setHeader(getTranslation("purchase.channel")).setAutoWidth(true).setFlexGrow(0).setKey("channel");
        grid.addColumn(p -> p.getPaymentMethod() == null ? ""
                        : getTranslation("purchase.payment." + p.getPaymentMethod().name()))
                .setHeader(getTranslation("purchase.payment")).setAutoWidth(true).setFlexGrow(0).setKey("payment");
        grid.addColumn(this::productsSummary).setHeader(getTranslation("purchase.products")).setFlexGrow(1)
                .setKey("products");
        if (canRecord) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("purchase.empty"));
        grid.setItems(query -> purchaseService.purchasesOf(customer.getId(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) purchaseService.countOf(customer.getId()));

        var toolbar = new HorizontalLayout(record);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** "Café (2), Té, Tetera y 2 más": the products of a purchase, with quantities other than one. */
    String productsSummary(Purchase purchase) {
        List<PurchaseLine> lines = purchase.getLines();
        String named = lines.stream().limit(NAMED_PRODUCTS)
                .map(line -> line.getQuantity().compareTo(BigDecimal.ONE) == 0 ? line.getProduct().getName()
                        : line.getProduct().getName() + " (" + line.getQuantity().stripTrailingZeros().toPlainString() + ")")
                .collect(Collectors.joining(", "));
        return lines.size() > NAMED_PRODUCTS
                ? getTranslation("purchase.products.more", named, lines.size() - NAMED_PRODUCTS) : named;
    }

    private HorizontalLayout actions(Purchase purchase) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> openEditDialog(purchase));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("purchase.edit.short"));
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(purchase));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("purchase.delete"));
        return new HorizontalLayout(edit, delete);
    }

    PurchaseDialog openRecordDialog() {
        return open(new PurchaseDialog(customer, null, purchaseService, productService, currency, saved -> refresh()));
    }

    PurchaseDialog openEditDialog(Purchase purchase) {
        return open(new PurchaseDialog(customer, purchase, purchaseService, productService, currency, saved -> refresh()));
    }

    private static PurchaseDialog open(PurchaseDialog dialog) {
        dialog.open();
        return dialog;
    }

    ConfirmDialog confirmDelete(Purchase purchase) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("purchase.delete"));
        dialog.setText(getTranslation("purchase.delete.confirm", dates().format(purchase.getPurchasedOn()),
                MoneyFormat.format(purchase.getTotal(), currency, getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("purchase.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                purchaseService.delete(purchase.getId(), purchase.getVersion());
                Notifications.success(getTranslation("purchase.deleted"));
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("purchase.conflict"));
            }
            refresh();
        });
        dialog.open();
        return dialog;
    }

    private DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
