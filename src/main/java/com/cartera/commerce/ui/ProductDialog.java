package com.cartera.commerce.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.ProductService;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates or edits one product; for an existing one also takes it off the catalogue or puts it back. */
class ProductDialog extends Dialog {

    final TextField name = new TextField();
    final TextField sku = new TextField();
    final TextField category = new TextField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final Button save = new Button();
    final Button cancel = new Button();
    final Button toggleActive = new Button();

    private final Product product;
    private final ProductService productService;
    private final Consumer<Product> onChanged;
    private final Binder<Product> binder = new Binder<>(Product.class);

    /** The product's cost, for people who see costs and a product already saved; otherwise null. */
    final ProductCostPanel costPanel;

    ProductDialog(Product product, ProductService productService, ProductCosts costs, LocalDate today,
                  Validator validator, String currency, Consumer<Product> onChanged) {
        this.product = product;
        this.productService = productService;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation(product.getId() == null ? "products.new" : "products.edit"));
        setWidth("min(34rem, 100%)");

        name.setLabel(getTranslation("product.name"));
        sku.setLabel(getTranslation("product.sku"));
        sku.setHelperText(getTranslation("product.sku.help"));
        category.setLabel(getTranslation("product.category"));
        unitPrice.setLabel(getTranslation("product.price"));
        unitPrice.setSuffixComponent(new Span(currency));
        bind(name, "name", Product::getName, Product::setName, validator);
        bind(sku, "sku", Product::getSku, Product::setSku, validator);
        bind(category, "category", Product::getCategory, Product::setCategory, validator);
        bind(unitPrice, "unitPrice", Product::getUnitPrice, Product::setUnitPrice, validator);
        binder.readBean(product);

        var form = new FormLayout(name, sku, category, unitPrice);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(name, 2);
        add(form);
        costPanel = product.getId() != null && costs.canSeeCosts()
                ? new ProductCostPanel(product, costs, currency, today) : null;
        if (costPanel != null) {
            add(costPanel);
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        toggleActive.setText(getTranslation(product.isActive() ? "products.deactivate" : "products.reactivate"));
        if (product.isActive()) {
            toggleActive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggleActive.addClickListener(e -> toggleActive());
        toggleActive.setVisible(product.getId() != null);
        // The deactivation sits apart from the usual buttons: it is not part of saving the form.
        toggleActive.getStyle().set("margin-inline-end", "auto");
        getFooter().add(toggleActive, cancel, save);
        name.focus();
    }

    private <V> void bind(HasValue<?, V> field, String property, ValueProvider<Product, V> getter,
                          Setter<Product, V> setter, Validator validator) {
        binder.forField(field)
                .withValidator(new BeanPropertyValidator<>(validator, Product.class, property))
                .bind(getter, setter);
    }

    private void save() {
        if (!binder.writeBeanIfValid(product)) {
            return;
        }
        try {
            Product saved = productService.save(product);
            Notifications.success(getTranslation("product.saved", saved.getName()));
            close();
            onChanged.accept(saved);
        } catch (FieldRejectedException rejected) {
            sku.setErrorMessage(getTranslation(rejected.messageKey()));
            sku.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("product.conflict"));
        } catch (ConstraintViolationException invalid) {
            Notifications.error(invalid.getConstraintViolations().stream()
                    .map(v -> getTranslation(BeanPropertyValidator.messageKey(v.getMessageTemplate())))
                    .findFirst().orElse(getTranslation("error.invalid")));
        }
    }

    private void toggleActive() {
        try {
            Product changed = productService.setActive(product.getId(), product.getVersion(), !product.isActive());
            Notifications.success(getTranslation(changed.isActive() ? "product.reactivated" : "product.deactivated",
                    changed.getName()));
            close();
            onChanged.accept(changed);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("product.conflict"));
        }
    }
}
