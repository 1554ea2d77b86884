package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.InvalidPurchaseException;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.Purchase;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseLine;
import com.cartera.commerce.PurchaseService;
import com.cartera.commerce.SalesChannel;
import com.cartera.customer.Customer;
import com.cartera.customer.PaymentMethod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Records a new purchase for a customer or corrects one: date, channel, payment, notes and any number of
 * lines, with the running total. The service checks everything; its messages land on the fields and lines.
 */
class PurchaseDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final Select<SalesChannel> channel = new Select<>();
    final Select<PaymentMethod> payment = new Select<>();
    final TextArea notes = new TextArea();
    final VerticalLayout lines = new VerticalLayout();
    final Span linesError = new Span();
    final Button addLine = new Button();
    final Span total = new Span();
    final Button save = new Button();
    final Button cancel = new Button();

    private final List<PurchaseLineEditor> editors = new ArrayList<>();
    private final Customer customer;
    private final Purchase purchase;
    private final PurchaseService purchaseService;
    private final ProductService productService;
    private final String currency;
    private final Consumer<Purchase> onSaved;

    /** @param purchase the purchase to correct, or null to record a new one */
    PurchaseDialog(Customer customer, Purchase purchase, PurchaseService purchaseService, ProductService productService,
                   String currency, Consumer<Purchase> onSaved) {
        this.customer = customer;
        this.purchase = purchase;
        this.purchaseService = purchaseService;
        this.productService = productService;
        this.currency = currency;
        this.onSaved = onSaved;
        addClassName("purchase-dialog");
        setHeaderTitle(getTranslation(purchase == null ? "purchase.new" : "purchase.edit", customer.getName()));
        setWidth("min(52rem, 100%)");

        date.setLabel(getTranslation("purchase.date"));
        date.setMax(LocalDate.now());
        channel.setLabel(getTranslation("purchase.channel"));
        channel.setItems(SalesChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("purchase.channel." + c.name()));
        payment.setLabel(getTranslation("purchase.payment"));
        payment.setItems(PaymentMethod.values());
        payment.setItemLabelGenerator(p -> p == null ? getTranslation("purchase.payment.none")
                : getTranslation("purchase.payment." + p.name()));
        payment.setEmptySelectionAllowed(true);
        payment.setEmptySelectionCaption(getTranslation("purchase.payment.none"));
        notes.setLabel(getTranslation("purchase.notes"));
        notes.setMaxLength(2000);
        var header = new FormLayout(date, channel, payment, notes);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        header.setColspan(notes, 3);

        lines.setPadding(false);
        lines.setSpacing(false);
        linesError.addClassName("purchase-lines-error");
        linesError.setVisible(false);
        addLine.setText(getTranslation("purchase.add-line"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.addClickListener(e -> addEditor());
        total.addClassName("purchase-total");
        var footerOfLines = new HorizontalLayout(addLine, total);
        footerOfLines.setWidthFull();
        footerOfLines.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        footerOfLines.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, new H4(getTranslation("purchase.lines")), linesError, lines, footerOfLines);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);

        if (purchase == null) {
            date.setValue(LocalDate.now());
            channel.setValue(SalesChannel.STORE);
            payment.setValue(customer.getPreferredPayment());
            addEditor();
        } else {
            date.setValue(purchase.getPurchasedOn());
            channel.setValue(purchase.getChannel());
            payment.setValue(purchase.getPaymentMethod());
            notes.setValue(Objects.requireNonNullElse(purchase.getNotes(), ""));
            for (PurchaseLine line : purchase.getLines()) {
                addEditor().show(line);
            }
        }
        refreshTotal();
    }

    /** The line editors, in order. */
    List<PurchaseLineEditor> editors() {
        return List.copyOf(editors);
    }

    PurchaseLineEditor addEditor() {
        var editor = new PurchaseLineEditor(productService, currency, this::refreshTotal);
        editor.remove.addClickListener(e -> {
            editors.remove(editor);
            lines.remove(editor);
            refreshTotal();
        });
        editors.add(editor);
        lines.add(editor);
        return editor;
    }

    private void refreshTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (PurchaseLineEditor editor : editors) {
            editor.refreshAmount();
            BigDecimal amount = editor.currentAmount();
            if (amount != null) {
                sum = sum.add(amount);
            }
        }
        total.setText(getTranslation("purchase.total", MoneyFormat.format(sum, currency, getLocale())));
    }

    private PurchaseDraft draft() {
        return new PurchaseDraft(date.getValue(), channel.getValue(), payment.getValue(), notes.getValue(),
                editors.stream().map(PurchaseLineEditor::draft).toList());
    }

    private void save() {
        clearErrors();
        try {
            Purchase saved = purchase == null
                    ? purchaseService.record(customer.getId(), draft())
                    : purchaseService.update(purchase.getId(), purchase.getVersion(), draft());
            Notifications.success(getTranslation(purchase == null ? "purchase.recorded" : "purchase.updated",
                    MoneyFormat.format(saved.getTotal(), currency, getLocale())));
            close();
            onSaved.accept(saved);
        } catch (InvalidPurchaseException invalid) {
            invalid.problems().forEach(this::show);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("purchase.conflict"));
        }
    }

    private void show(InvalidPurchaseException.Problem problem) {
        String message = getTranslation(problem.messageKey());
        if (problem.line() != null) {
            editors.get(problem.line()).showError(problem.field(), message);
            return;
        }
        HasValidation field = switch (problem.field()) {
            case "purchasedOn" -> date;
            case "channel" -> channel;
            case "notes" -> notes;
            default -> null;
        };
        if (field == null) {
            linesError.setText(message);
            linesError.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        date.setInvalid(false);
        channel.setInvalid(false);
        notes.setInvalid(false);
        linesError.setVisible(false);
        editors.forEach(PurchaseLineEditor::clearErrors);
    }
}
