package com.cartera.finance.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.CreditNoteDraft;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Writes a credit note: an amount (tax included, one line without tax) or every line of the invoice again (what
 * is still creditable must allow it), with the reason and the day.
 */
class CreditNoteDialog extends Dialog {

    enum Mode { AMOUNT, ALL_LINES }

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField reason = new TextField();
    final DatePicker issuedOn = new DatePicker();
    final Button create = new Button();

    CreditNoteDialog(Invoice invoice, InvoiceService invoices, String currency, Runnable done) {
        setHeaderTitle(getTranslation("finance.credit.title-for", invoice.number()));
        setWidth("min(30rem, 100%)");
        Locale locale = getLocale();
        var open = new Span(getTranslation("finance.invoice.open") + ": "
                + FinanceUi.money(invoice.openAmount(), currency, locale));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(value -> getTranslation("finance.credit.mode." + value.name()));
        mode.setValue(Mode.AMOUNT);
        amount.setLabel(getTranslation("finance.credit.amount"));
        amount.setHelperText(getTranslation("finance.credit.amount.help"));
        amount.setSuffixComponent(new Span(currency));
        mode.addValueChangeListener(e -> amount.setVisible(e.getValue() == Mode.AMOUNT));
        reason.setLabel(getTranslation("finance.credit.reason"));
        reason.setMaxLength(InvoiceService.DESCRIPTION_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        issuedOn.setLabel(getTranslation("finance.credit.issued-on"));
        issuedOn.setHelperText(getTranslation("finance.invoice.issued-on.help"));
        create.setText(getTranslation("finance.credit.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("amount", amount);
            fields.put("reason", reason);
            fields.put("issuedOn", issuedOn);
            fields.values().forEach(field -> field.setInvalid(false));
            var draft = mode.getValue() == Mode.AMOUNT
                    ? new CreditNoteDraft(issuedOn.getValue(), reason.getValue(), amount.getValue(), null)
                    : new CreditNoteDraft(issuedOn.getValue(), reason.getValue(), null, invoices.sameLines(invoice));
            try {
                Invoice note = invoices.creditNote(invoice.id(), draft);
                Notifications.success(getTranslation("finance.credit.created", note.number()));
                close();
                done.run();
            } catch (FinanceRefusedException refused) {
                if (refused.field().startsWith("lines")) {
                    fields.put(refused.field(), amount);
                }
                FinanceUi.show(this, refused, fields);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new VerticalLayout(open, mode, amount, reason, issuedOn));
        getFooter().add(cancel, create);
    }
}
