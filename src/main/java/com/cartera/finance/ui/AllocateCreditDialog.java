package com.cartera.finance.ui;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Payment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Allocates a payment's credit, today, to the customer's open invoices. */
class AllocateCreditDialog extends Dialog {

    final AllocationEditor allocations;
    final Button allocate = new Button();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private final Payment payment;
    private final Runnable onDone;

    AllocateCreditDialog(PaymentTools tools, PaymentFormat format, Payment payment, Runnable onDone) {
        this.tools = tools;
        this.format = format;
        this.payment = payment;
        this.onDone = onDone;
        addClassName("allocate-credit-dialog");
        setHeaderTitle(getTranslation("finance.payments.allocate.title"));
        setWidth("min(36rem, 100%)");
        add(new Paragraph(getTranslation("finance.payments.allocate.explain", payment.customerName(),
                format.money(payment.unallocated()))));
        allocations = new AllocationEditor(format, left -> tools.service().suggestAllocation(payment.customerId(),
                left));
        allocations.show(tools.payments().openInvoices(payment.customerId()));
        allocations.setAmount(payment.unallocated());
        add(allocations);
        allocate.setText(getTranslation("finance.payments.allocate"));
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allocate.addClickListener(e -> allocate());
        var cancel = new Button(getTranslation("finance.payments.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, allocate);
    }

    void allocate() {
        allocations.clearErrors();
        try {
            tools.service().allocate(payment.id(), payment.version(), allocations.allocations());
            Notifications.success(getTranslation("finance.payments.allocated"));
            close();
            onDone.run();
        } catch (FinanceRefusedException refused) {
            String text = format.message(refused);
            if (!refused.field().startsWith("allocation.")
                    || !allocations.showError(Long.parseLong(refused.field().substring(11)), text)) {
                Notifications.error(text);
            }
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("finance.payments.conflict"));
            close();
            onDone.run();
        }
    }
}
