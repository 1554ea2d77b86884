package com.cartera.finance.ui;

import java.util.List;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.TaxRate;
import com.cartera.finance.TaxRateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** The tax rates: rename, archive or recover, make default, add. A rate in use stays on its invoices' lines. */
class TaxRatesEditor extends VerticalLayout {

    /** One rate as shown. */
    record Shown(TaxRate rate, TextField name, Button rename, Button archive, Button makeDefault) {
    }

    final Div list = new Div();
    final TextField newName = new TextField();
    final BigDecimalField newRate = new BigDecimalField();
    final Button add = new Button();
    List<Shown> shown = List.of();

    private final TaxRateService rates;
    private final boolean writes;

    TaxRatesEditor(TaxRateService rates, boolean writes) {
        this.rates = rates;
        this.writes = writes;
        setPadding(false);
        addClassName("tax-rates");
        newName.setLabel(getTranslation("finance.tax.name"));
        newName.setMaxLength(TaxRateService.NAME_MAX);
        newRate.setLabel(getTranslation("finance.tax.rate"));
        newRate.setSuffixComponent(new Span("%"));
        newRate.setWidth("8em");
        add.setText(getTranslation("finance.tax.add"));
        add.addClickListener(e -> {
            newName.setInvalid(false);
            newRate.setInvalid(false);
            act(() -> rates.add(newName.getValue(), newRate.getValue()));
            if (!newName.isInvalid() && !newRate.isInvalid()) {
                newName.clear();
                newRate.clear();
            }
        });
        var adding = new FlexLayout(newName, newRate, add);
        adding.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        adding.setAlignItems(Alignment.BASELINE);
        adding.getStyle().set("gap", "var(--lumo-space-s)");
        adding.setVisible(writes);
        add(list, adding);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        shown = rates.all().stream().map(this::row).toList();
    }

    private Shown row(TaxRate rate) {
        var name = new TextField();
        name.setValue(rate.name());
        name.setAriaLabel(getTranslation("finance.tax.name"));
        name.setReadOnly(!writes);
        var percent = new Span(rate.rate().stripTrailingZeros().toPlainString() + " %");
        var rename = new Button(getTranslation("finance.tax.rename"), e -> act(() -> {
            rates.rename(rate.id(), name.getValue());
            return null;
        }, name));
        var archive = new Button(getTranslation(rate.archived() ? "finance.tax.recover" : "finance.tax.archive"),
                e -> act(() -> {
                    rates.archive(rate.id(), !rate.archived());
                    return null;
                }, name));
        var makeDefault = new Button(getTranslation(rate.isDefault() ? "finance.tax.is-default"
                : "finance.tax.make-default"), e -> act(() -> {
                    rates.setDefault(rate.id());
                    return null;
                }, name));
        makeDefault.setEnabled(!rate.isDefault() && !rate.archived());
        for (Button button : List.of(rename, archive, makeDefault)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setVisible(writes);
        }
        var line = new FlexLayout(name, percent, rename, archive, makeDefault);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-s)");
        if (rate.archived()) {
            line.getStyle().set("opacity", "0.6");
        }
        list.add(line);
        return new Shown(rate, name, rename, archive, makeDefault);
    }

    private void act(java.util.function.Supplier<?> change) {
        act(change, null);
    }

    private void act(java.util.function.Supplier<?> change, TextField nameField) {
        try {
            change.get();
            Notifications.success(getTranslation("finance.settings.saved"));
            refresh();
        } catch (FinanceRefusedException refused) {
            String text = FinanceUi.text(this, refused);
            com.vaadin.flow.component.HasValidation field = nameField != null ? nameField
                    : "rate".equals(refused.field()) ? newRate : newName;
            field.setErrorMessage(text);
            field.setInvalid(true);
            Notifications.error(text);
        }
    }
}
