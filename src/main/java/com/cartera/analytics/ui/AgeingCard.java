package com.cartera.analytics.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.finance.Ageing;
import com.cartera.finance.AgeingBucket;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The receivables by how far past due as of a day: a bar per bucket (a click opens that bucket's invoices) and the
 * same figures as a list of links, for the keyboard and for narrow screens.
 */
class AgeingCard extends DashboardCard {

    AgeingCard(Ageing ageing, String currency) {
        super("", null);
        Locale locale = getLocale();
        String asOf = ageing.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        title.setText(getTranslation("finance-home.ageing"));
        caption.setText(getTranslation("finance-home.as-of", asOf));
        caption.setVisible(true);
        if (ageing.total().signum() == 0) {
            add(MarketingCharts.empty(getTranslation("finance-home.nothing-open")));
            return;
        }
        List<AgeingBucket> buckets = Arrays.asList(AgeingBucket.values());
        var money = ValueFormat.money(currency, 0);
        var chart = new Chart(Charts.stackedBars(getTranslation("finance-home.ageing.description", asOf))
                .categories(buckets.stream().map(this::name).toList())
                .series(getTranslation("finance-home.receivables"), buckets.stream().map(ageing::get).toList())
                .format(money));
        chart.setWidthFull();
        chart.addPointClickListener(click -> {
            if (click.getDataIndex() >= 0 && click.getDataIndex() < buckets.size()) {
                UI.getCurrent().getPage().setLocation(FinanceLinks.invoices(ageing.asOf(),
                        buckets.get(click.getDataIndex())));
            }
        });
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        var sheet = FigureSheet.of(getTranslation("finance-home.ageing") + " · " + asOf,
                getTranslation("finance-home.bucket"), getTranslation("finance-home.receivables"));
        for (AgeingBucket bucket : buckets) {
            var link = new Anchor(FinanceLinks.invoices(ageing.asOf(), bucket), name(bucket));
            link.setId("ageing-" + bucket.name());
            var row = new Div(link, new Span(money.format(ageing.get(bucket), locale)));
            row.addClassName("dashboard-row");
            rows.add(row);
            sheet.row(name(bucket), new FigureSheet.Money(ageing.get(bucket)));
        }
        add(chart, rows);
        DashboardFigures.attach(this, sheet.build());
    }

    private String name(AgeingBucket bucket) {
        return getTranslation("finance-home.bucket." + bucket.name());
    }
}
