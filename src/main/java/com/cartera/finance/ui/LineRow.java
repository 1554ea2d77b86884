package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.cartera.commerce.Product;
import com.cartera.finance.InvoiceLineDraft;
import com.cartera.finance.TaxRate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** One line being typed: a product or free text, quantity, unit price, discount and tax rate. */
class LineRow extends FlexLayout {

    final ComboBox<Product> product = new ComboBox<>();
    final TextField description = new TextField();
    final BigDecimalField quantity = new BigDecimalField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final BigDecimalField discount = new BigDecimalField();
    final ComboBox<TaxRate> taxRate = new ComboBox<>();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    LineRow(ProductChoices products, List<TaxRate> rates, Runnable changed, Runnable removed) {
        addClassName("invoice-line");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
        product.setPlaceholder(getTranslation("finance.line.product"));
        product.setAriaLabel(getTranslation("finance.line.product"));
        products.offer(product);
        product.setClearButtonVisible(true);
        product.setWidth("min(12em, 100%)");
        description.setPlaceholder(getTranslation("finance.line.description"));
        description.setAriaLabel(getTranslation("finance.line.description"));
        description.setMaxLength(300);
        description.setWidth("min(16em, 100%)");
        quantity.setAriaLabel(getTranslation("finance.line.quantity"));
        quantity.setPlaceholder(getTranslation("finance.line.quantity"));
        quantity.setValue(BigDecimal.ONE);
        quantity.setWidth("6em");
        unitPrice.setAriaLabel(getTranslation("finance.line.unit-price"));
        unitPrice.setPlaceholder(getTranslation("finance.line.unit-price"));
        unitPrice.setWidth("8em");
        discount.setAriaLabel(getTranslation("finance.line.discount"));
        discount.setPlaceholder(getTranslation("finance.line.discount"));
        discount.setWidth("6em");
        taxRate.setAriaLabel(getTranslation("finance.line.tax-rate"));
        taxRate.setItems(rates);
        taxRate.setItemLabelGenerator(TaxRate::name);
        taxRate.setWidth("9em");
        rates.stream().filter(TaxRate::isDefault).findFirst().ifPresent(taxRate::setValue);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("finance.line.remove"));
        remove.addClickListener(e -> removed.run());
        product.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null && e.getOldValue() == null) {
                Product chosen = e.getValue();
                if (chosen != null) {
                    description.setValue(chosen.getName());
                    unitPrice.setValue(chosen.getUnitPrice());
                }
            }
            changed.run();
        });
        quantity.addValueChangeListener(e -> changed.run());
        unitPrice.addValueChangeListener(e -> changed.run());
        discount.addValueChangeListener(e -> changed.run());
        taxRate.addValueChangeListener(e -> changed.run());
        add(product, description, quantity, unitPrice, discount, taxRate, remove);
    }

    InvoiceLineDraft draft() {
        Product chosen = product.getValue();
        return new InvoiceLineDraft(chosen == null ? null : chosen.getId(), description.getValue(),
                quantity.getValue(), unitPrice.getValue(), discount.getValue(),
                taxRate.getValue() == null ? null : taxRate.getValue().id());
    }

    /** The fields by the service's names for a line ({@code lines[i].quantity}). */
    Map<String, HasValidation> fields(int index) {
        String prefix = "lines[" + index + "].";
        return Map.of(prefix + "product", product, prefix + "description", description, prefix + "quantity", quantity,
                prefix + "unitPrice", unitPrice, prefix + "discount", discount, prefix + "taxRate", taxRate);
    }

    void clearErrors() {
        fields(0).values().forEach(field -> field.setInvalid(false));
    }
}
