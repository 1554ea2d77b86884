package com.cartera.commerce.ui;

import java.math.BigDecimal;

import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** One line of the purchase dialog: product, quantity, unit price (the product's price until changed), amount. */
class PurchaseLineEditor extends HorizontalLayout {

    final ComboBox<Product> product = new ComboBox<>();
    final BigDecimalField quantity = new BigDecimalField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final Span amount = new Span();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    private final String currency;

    PurchaseLineEditor(ProductService productService, String currency, Runnable onChanged) {
        this.currency = currency;
        addClassName("purchase-line");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);

        product.setLabel(getTranslation("purchase.product"));
        product.setItems(query -> productService.page(query.getFilter().orElse(""), false,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        product.setItemLabelGenerator(Product::getName);
        product.setRequiredIndicatorVisible(true);
        product.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                unitPrice.setValue(e.getValue().getUnitPrice());
            }
            clearErrors();
        });
        quantity.setLabel(getTranslation("purchase.quantity"));
        quantity.setValue(BigDecimal.ONE);
        quantity.setWidth("7em");
        unitPrice.setLabel(getTranslation("purchase.unit-price"));
        unitPrice.setSuffixComponent(new Span(currency));
        unitPrice.setWidth("9em");
        amount.addClassName("purchase-line-amount");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("purchase.remove-line"));

        product.addValueChangeListener(e -> onChanged.run());
        quantity.addValueChangeListener(e -> onChanged.run());
        unitPrice.addValueChangeListener(e -> onChanged.run());
        add(product, quantity, unitPrice, amount, remove);
        expand(product);
    }

    /** Fills the editor with a stored line. */
    void show(PurchaseLine line) {
        product.setValue(line.getProduct());
        quantity.setValue(line.getQuantity().stripTrailingZeros());
        unitPrice.setValue(line.getUnitPrice());
    }

    PurchaseDraft.Line draft() {
        return new PurchaseDraft.Line(product.getValue() == null ? null : product.getValue().getId(),
                quantity.getValue(), unitPrice.getValue());
    }

    /** This line's amount as it would be stored, or null while quantity or price is missing. */
    BigDecimal currentAmount() {
        if (quantity.getValue() == null || unitPrice.getValue() == null) {
            return null;
        }
        return PurchaseLine.amountOf(quantity.getValue(), unitPrice.getValue());
    }

    void refreshAmount() {
        BigDecimal value = currentAmount();
        amount.setText(value == null ? "" : MoneyFormat.format(value, currency, getLocale()));
    }

    /** Shows the message on the field the service named. */
    void showError(String field, String message) {
        var target = switch (field) {
            case "product" -> product;
            case "quantity" -> quantity;
            default -> unitPrice;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearErrors() {
        product.setInvalid(false);
        quantity.setInvalid(false);
        unitPrice.setInvalid(false);
    }
}
