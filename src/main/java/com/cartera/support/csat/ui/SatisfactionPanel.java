package com.cartera.support.csat.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.support.csat.CustomerSatisfaction;
import com.cartera.support.csat.Survey;

/**
 * A customer's satisfaction: last rating, CSAT over 12 months with its response rate (DESIGN §5), open incidents,
 * and the latest answers with their comments.
 */
class SatisfactionPanel extends Div {

    final KpiTile lastRating;
    final KpiTile csat;
    final KpiTile openIncidents;

    SatisfactionPanel(CustomerSatisfaction.Summary summary, List<Survey> latest, ZoneId zone) {
        addClassName("satisfaction-panel");
        var period = getTranslation("support.csat.section.period",
                format(summary.from()), format(summary.to().minusDays(1)));
        lastRating = new KpiTile(getTranslation("support.csat.section.last"),
                summary.last().map(Survey::rating).orElse(null), ValueFormat.integer());
        summary.last().ifPresent(last -> lastRating.period(getTranslation("support.csat.rating." + last.rating())
                + " · " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(last.answeredAt().atZone(zone))));
        csat = new KpiTile(getTranslation("support.csat.kpi"), summary.lastTwelveMonths().score(), ValueFormat.percent(0))
                .period(period + " · " + responseText(summary));
        openIncidents = new KpiTile(getTranslation("support.csat.section.incidents"), summary.openIncidents(),
                ValueFormat.integer());
        var tiles = new FlexLayout(lastRating, csat, openIncidents);
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(tiles);
        if (latest.isEmpty()) {
            add(new Paragraph(getTranslation("support.csat.section.none")));
            return;
        }
        add(new H4(getTranslation("support.csat.section.latest")));
        var list = new UnorderedList();
        for (Survey survey : latest) {
            String text = getTranslation("support.csat.section.answer", survey.rating(), survey.ticketSubject(),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                            .format(survey.answeredAt().atZone(zone)));
            list.add(new ListItem(survey.comment() == null ? text : text + " — «" + survey.comment() + "»"));
        }
        add(list);
    }

    private String responseText(CustomerSatisfaction.Summary summary) {
        var figures = summary.lastTwelveMonths();
        return figures.sent() == 0 ? getTranslation("support.csat.no-surveys")
                : getTranslation("support.csat.response", figures.answered(), figures.sent(),
                ValueFormat.percent(0).format(figures.responseRate(), getLocale()));
    }

    private String format(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
