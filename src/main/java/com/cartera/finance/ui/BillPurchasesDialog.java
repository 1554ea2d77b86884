package com.cartera.finance.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.Purchase;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Bills some of a customer's unbilled purchases in one step: the invoice is created and issued today. The dialog
 * says how prices are read: as net, the default tax rate added.
 */
class BillPurchasesDialog extends Dialog {

    final Paragraph pricing = new Paragraph();
    final Grid<Purchase> purchases = new Grid<>();
    final Button create = new Button();

    BillPurchasesDialog(long customerId, InvoiceService invoices, String currency, Consumer<Invoice> created) {
        setHeaderTitle(getTranslation("finance.bill.title"));
        setWidth("min(40rem, 100%)");
        Locale locale = getLocale();
        pricing.setText(getTranslation("finance.bill.pricing"));
        purchases.setSelectionMode(Grid.SelectionMode.MULTI);
        purchases.addColumn(purchase -> FinanceUi.date(purchase.getPurchasedOn(), locale))
                .setHeader(getTranslation("finance.bill.date")).setAutoWidth(true);
        purchases.addColumn(purchase -> String.join(", ", purchase.getLines().stream()
                        .map(line -> line.getProduct().getName()).toList()))
                .setHeader(getTranslation("finance.bill.products")).setFlexGrow(1);
        purchases.addColumn(purchase -> FinanceUi.money(purchase.getTotal(), currency, locale))
                .setHeader(getTranslation("finance.bill.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        List<Purchase> unbilled = invoices.unbilledPurchases(customerId);
        purchases.setItems(unbilled);
        purchases.setEmptyStateText(getTranslation("finance.bill.none"));
        purchases.setAllRowsVisible(true);
        create.setText(getTranslation("finance.bill.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                Invoice invoice = invoices.invoicePurchases(customerId,
                        purchases.getSelectedItems().stream().map(Purchase::getId).toList());
                Notifications.success(getTranslation("finance.invoice.issued", invoice.number()));
                close();
                created.accept(invoice);
            } catch (FinanceRefusedException refused) {
                Notifications.error(FinanceUi.text(this, refused));
            }
        });
        add(pricing, purchases);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
