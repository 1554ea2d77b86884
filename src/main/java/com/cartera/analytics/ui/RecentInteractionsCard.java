package com.cartera.analytics.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.cartera.activity.InteractionDirection;
import com.cartera.activity.RecentInteractions;
import com.cartera.activity.RecentInteractions.Entry;
import com.cartera.analytics.Period;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Customers with the latest contacts of the period, newest first: the customer (linked), what kind of contact, who
 * started it, when and who logged it.
 */
class RecentInteractionsCard extends DashboardCard {

    static final int SHOWN = 12;

    final Div rows = new Div();

    RecentInteractionsCard(String title, RecentInteractions interactions, Period period, ZoneId zone) {
        super(title, null);
        caption.setText(getTranslation("dashboard.recent.caption", PeriodChoice.days(period, getLocale())));
        caption.setVisible(true);
        List<Entry> latest = interactions.latest(period.from().atStartOfDay(zone).toInstant(),
                period.to().atStartOfDay(zone).toInstant(), SHOWN);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        rows.addClassName("dashboard-risk-rows");
        for (Entry entry : latest) {
            var customer = new Anchor("customers/" + entry.customerId(), entry.customerName());
            customer.addClassName("dashboard-risk-name");
            var at = new Span(when.format(entry.occurredAt()));
            at.addClassName("dashboard-recent-when");
            String what = getTranslation("interaction.kind." + entry.kind().name()) + " · "
                    + getTranslation(entry.direction() == InteractionDirection.INBOUND ? "dashboard.recent.inbound"
                    : "dashboard.recent.outbound")
                    + (entry.authorName() == null ? "" : " · " + entry.authorName());
            var detail = new Span(what);
            detail.addClassName("dashboard-risk-reasons");
            var row = new Div(customer, at, detail);
            row.addClassName("dashboard-risk-row");
            rows.add(row);
        }
        if (latest.isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.recent.none"));
            none.addClassName("dashboard-empty");
            add(none);
        } else {
            add(rows);
        }
    }
}
