package com.cartera.finance.ui;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Payment;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Reverses a payment that bounced or was recorded in error: the day and the reason. The payment stays listed,
 * marked reversed; what it paid is owed again from that day.
 */
class ReversePaymentDialog extends Dialog {

    final DatePicker on = new DatePicker();
    final TextField reason = new TextField();
    final Button reverse = new Button();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private final Payment payment;
    private final Runnable onDone;

    ReversePaymentDialog(PaymentTools tools, PaymentFormat format, Payment payment, Runnable onDone) {
        this.tools = tools;
        this.format = format;
        this.payment = payment;
        this.onDone = onDone;
        addClassName("reverse-payment-dialog");
        setHeaderTitle(getTranslation("finance.payments.reverse.title"));
        setWidth("min(30rem, 100%)");
        add(new Paragraph(getTranslation("finance.payments.reverse.explain", format.money(payment.amount()),
                payment.customerName(), format.date(payment.receivedOn()))));
        on.setLabel(getTranslation("finance.payments.reverse.on"));
        on.setValue(tools.today());
        reason.setLabel(getTranslation("finance.payments.reverse.reason"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        add(on, reason);
        reverse.setText(getTranslation("finance.payments.reverse"));
        reverse.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reverse.addClickListener(e -> reverse());
        var cancel = new Button(getTranslation("finance.payments.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, reverse);
    }

    void reverse() {
        on.setInvalid(false);
        reason.setInvalid(false);
        try {
            tools.service().reverse(payment.id(), payment.version(), on.getValue(), reason.getValue());
            Notifications.success(getTranslation("finance.payments.reversed"));
            close();
            onDone.run();
        } catch (FinanceRefusedException refused) {
            HasValidation field = switch (refused.field()) {
                case "on" -> on;
                case "reason" -> reason;
                default -> null;
            };
            if (field == null) {
                Notifications.error(format.message(refused));
            } else {
                field.setErrorMessage(format.message(refused));
                field.setInvalid(true);
            }
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("finance.payments.conflict"));
            close();
            onDone.run();
        }
    }
}
