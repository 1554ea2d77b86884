package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.Paragraph;

/** What the marketing home's cards share: month labels and the note for a card without figures. */
final class MarketingCharts {

    private MarketingCharts() {
    }

    /** "mar 25"; a running month is marked with an asterisk. */
    static String month(YearMonth month, boolean complete, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                + month.format(DateTimeFormatter.ofPattern("yy")) + (complete ? "" : " *");
    }

    static Paragraph empty(String text) {
        var nothing = new Paragraph(text);
        nothing.addClassName("dashboard-empty");
        return nothing;
    }
}
