package com.cartera.commerce.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.cartera.commerce.PurchaseService;
import com.cartera.customer.CustomerTimelineSource;
import com.cartera.customer.TimelineEntry;
import com.cartera.customer.WorkspaceSettingsService;
import com.vaadin.flow.component.UI;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Purchases on the customer's timeline: "Compra de 3 productos · 245,00 €". */
@Component
class PurchaseTimeline implements CustomerTimelineSource {

    static final String KIND = "PURCHASE";

    private final PurchaseService purchaseService;
    private final WorkspaceSettingsService settings;

    PurchaseTimeline(PurchaseService purchaseService, WorkspaceSettingsService settings) {
        this.purchaseService = purchaseService;
        this.settings = settings;
    }

    @Override
    public List<TimelineEntry> latest(long customerId, int limit) {
        String currency = settings.current().getCurrency();
        // Read by the 360 page in its UI. The amount goes into the message already written out in the UI's
        // language: the message format knows no currencies.
        Locale locale = UI.getCurrent().getLocale();
        return purchaseService.purchasesOf(customerId, PageRequest.of(0, limit)).stream()
                .map(purchase -> new TimelineEntry(
                        // A purchase has a day, not a time: it sorts at the start of that day, server time.
                        purchase.getPurchasedOn().atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        KIND, "purchase.timeline",
                        List.of(purchase.getLines().size(), MoneyFormat.format(purchase.getTotal(), currency, locale)),
                        purchase.getNotes(), purchase.getCreatedBy()))
                .toList();
    }
}
