package com.cartera.analytics.ui;

import java.util.Locale;

import com.cartera.analytics.Audience;
import com.cartera.base.ui.chart.ValueFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The audience marketing can reach: consent coverage (customers with marketing consent ÷ live customers) and the
 * RFM segments' sizes with how many of each gave consent, as of the last refresh of the figures.
 */
class AudienceCard extends DashboardCard {

    final Span coverage = new Span();

    AudienceCard(Audience audience) {
        super(null, null);
        title.setText(getTranslation("marketing-home.audience"));
        caption.setText(getTranslation("marketing-home.audience.caption"));
        caption.setVisible(true);
        Locale locale = getLocale();
        var integer = ValueFormat.integer();
        coverage.setText(ValueFormat.percent(1).format(audience.consentCoverage(), locale));
        coverage.addClassName("dashboard-figure");
        coverage.setId("marketing-consent");
        var explained = new Span(getTranslation("marketing-home.consent.of", integer.format(audience.withConsent(),
                locale), integer.format(audience.customers(), locale)));
        explained.addClassName("dashboard-card-caption");
        add(coverage, explained);
        if (audience.segments().isEmpty()) {
            add(MarketingCharts.empty(getTranslation("marketing-home.segments.none")));
            return;
        }
        var table = new FigureTable(getTranslation("marketing-home.segments"), getTranslation("marketing-home.segment"),
                getTranslation("marketing-home.customers"), getTranslation("marketing-home.with-consent"));
        for (Audience.Segment segment : audience.segments()) {
            var row = table.row(getTranslation("rfm.segment." + segment.segment().name()), segment.customers(),
                    segment.withConsent());
            FigureTable.cell(row, integer.format(segment.customers(), locale), null);
            FigureTable.cell(row, integer.format(segment.withConsent(), locale), null);
        }
        add(DashboardFigures.attach(new Div(table), table.sheet()));
    }
}
