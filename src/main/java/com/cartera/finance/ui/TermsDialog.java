package com.cartera.finance.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.CustomerCredit;
import com.cartera.finance.CustomerCreditService;
import com.cartera.finance.FinanceRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/** Edits a customer's own terms and credit limit; an empty field returns it to the workspace's default. */
class TermsDialog extends Dialog {

    final IntegerField days = new IntegerField();
    final IntegerField dayOfMonth = new IntegerField();
    final BigDecimalField creditLimit = new BigDecimalField();
    final Button save = new Button();

    TermsDialog(long customerId, CustomerCreditService credit, Consumer<CustomerCredit> saved) {
        setHeaderTitle(getTranslation("finance.terms.title"));
        setWidth("min(26rem, 100%)");
        CustomerCredit own = credit.own(customerId);
        days.setLabel(getTranslation("finance.terms.days-field"));
        days.setHelperText(getTranslation("finance.terms.empty-default"));
        days.setValue(own.termsDays());
        dayOfMonth.setLabel(getTranslation("finance.terms.day-of-month"));
        dayOfMonth.setHelperText(getTranslation("finance.terms.day-of-month.help"));
        dayOfMonth.setValue(own.termsDayOfMonth());
        creditLimit.setLabel(getTranslation("finance.terms.credit-limit"));
        creditLimit.setHelperText(getTranslation("finance.terms.empty-default"));
        creditLimit.setValue(own.creditLimit());
        save.setText(getTranslation("finance.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("termsDays", days, "termsDayOfMonth", dayOfMonth, "creditLimit", creditLimit);
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                saved.accept(credit.update(customerId, days.getValue(), dayOfMonth.getValue(),
                        creditLimit.getValue()));
                Notifications.success(getTranslation("finance.terms.saved"));
                close();
            } catch (FinanceRefusedException refused) {
                FinanceUi.show(this, refused, fields);
            }
        });
        add(new VerticalLayout(days, dayOfMonth, creditLimit));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
