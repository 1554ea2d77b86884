package com.cartera.analytics.ui;

import java.util.List;

import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.support.SupportFigures.CategoryCount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/** Tickets opened in the period by category, as bars; a bar opens that category's tickets of the period. */
class TicketCategoryCard extends DashboardCard {

    Chart chart;

    TicketCategoryCard(String title, List<CategoryCount> categories, Period period) {
        super(title, null);
        if (categories.isEmpty()) {
            var none = new Paragraph(getTranslation("support.home.none"));
            none.addClassName("dashboard-empty");
            add(none);
            return;
        }
        List<String> names = categories.stream()
                .map(c -> c.name() == null ? getTranslation("support.home.no-category") : c.name()).toList();
        chart = new Chart(Charts.stackedBars(getTranslation("support.home.categories.description"))
                .categories(names)
                .series(getTranslation("support.home.tickets"), categories.stream().map(CategoryCount::tickets).toList())
                .horizontal()
                .format(ValueFormat.integer()));
        chart.setWidthFull();
        chart.addPointClickListener(click -> {
            int index = click.getDataIndex();
            if (index >= 0 && index < categories.size() && categories.get(index).categoryId() != null) {
                UI.getCurrent().navigate("support?queue=all&category=" + categories.get(index).categoryId()
                        + "&from=" + period.from() + "&to=" + period.lastDay());
            }
        });
        add(chart);
    }
}
