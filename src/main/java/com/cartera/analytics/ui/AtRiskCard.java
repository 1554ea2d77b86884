package com.cartera.analytics.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.analytics.prediction.ChurnRisk.Reason;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.analytics.prediction.PredictionService.ChurnRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The customers most at risk of leaving, from the latest churn model: the top ones by score with the score's level
 * and its reasons in words, each linked to the customer, and a link to the whole list.
 */
class AtRiskCard extends DashboardCard {

    static final int TOP = 10;

    final Div rows = new Div();

    /** @param owner one agent's customers, or null for everyone's (a salesperson always gets their own) */
    AtRiskCard(String title, PredictionService predictions, UUID owner) {
        super(title, null);
        List<ChurnRow> risks = predictions.churnRisks(owner, null, 0, TOP);
        caption.setText(predictions.latestFit()
                .map(fit -> getTranslation("dashboard.at-risk.caption", fit.calibrationEnd()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()))))
                .orElse(""));
        caption.setVisible(!caption.getText().isEmpty());
        rows.addClassName("dashboard-risk-rows");
        for (ChurnRow risk : risks) {
            var name = new Anchor("customers/" + risk.prediction().customerId(), risk.customerName());
            name.addClassName("dashboard-risk-name");
            var score = new Span(getTranslation("churn.score.value", risk.prediction().churnScore(),
                    getTranslation("churn.level." + risk.prediction().churnLevel().name())));
            score.addClassNames("dashboard-risk-score", "dashboard-risk-" + risk.prediction().churnLevel().name());
            var reasons = new Span(reasons(risk.prediction().reasons()));
            reasons.addClassName("dashboard-risk-reasons");
            var row = new Div(name, score, reasons);
            row.addClassName("dashboard-risk-row");
            rows.add(row);
        }
        if (risks.isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.at-risk.none"));
            none.addClassName("dashboard-empty");
            add(none);
        } else {
            add(rows);
        }
        add(new Anchor("analytics/churn-risk", getTranslation("dashboard.at-risk.all")));
    }

    private String reasons(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> getTranslation("churn.reason." + reason.code().name(), reason.values().toArray()))
                .collect(Collectors.joining("; "));
    }
}
