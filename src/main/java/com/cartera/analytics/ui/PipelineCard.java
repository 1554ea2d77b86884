package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.sales.BoardFilter;
import com.cartera.sales.BoardService;
import com.cartera.sales.StageSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * An agent's (or the team's) open pipeline now: the amount weighted by each stage's probability, the opportunities
 * per stage, and those expected to close this month. Amounts in the workspace's currency.
 */
class PipelineCard extends DashboardCard {

    PipelineCard(String title, BoardService board, long pipelineId, UUID owner, LocalDate today, String currency) {
        super(title, null);
        var money = ValueFormat.money(currency, 0);
        BoardFilter filter = BoardFilter.NONE.withOwner(owner);
        List<StageSummary> stages = board.summaries(pipelineId, filter);
        BigDecimal weighted = stages.stream().filter(stage -> stage.stage().isOpen())
                .map(stage -> stage.weightedTotals().getOrDefault(currency, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var figure = new Span(money.format(weighted, getLocale()));
        figure.addClassName("dashboard-figure");
        figure.setId("pipeline-weighted");
        add(figure, new Span(getTranslation("dashboard.pipeline.weighted")));

        var rows = new Div();
        rows.addClassName("dashboard-rows");
        for (StageSummary stage : stages) {
            var row = new Div(new Span(stage.stage().getName() + " (" + stage.count() + ")"),
                    new Span(money.format(stage.totals().getOrDefault(currency, BigDecimal.ZERO), getLocale())));
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        add(rows);

        Period month = Period.month(today);
        var closing = board.summaries(pipelineId, filter.withExpectedClose(month.from(), month.lastDay())).stream()
                .filter(stage -> stage.stage().isOpen()).toList();
        long count = closing.stream().mapToLong(StageSummary::count).sum();
        BigDecimal amount = closing.stream().map(stage -> stage.totals().getOrDefault(currency, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var closingText = new Span(getTranslation("dashboard.pipeline.closing", count, money.format(amount, getLocale()),
                PeriodChoice.days(month, getLocale())));
        closingText.setId("pipeline-closing");
        add(closingText);
    }
}
