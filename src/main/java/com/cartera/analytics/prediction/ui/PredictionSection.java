package com.cartera.analytics.prediction.ui;

import java.util.Locale;

import com.cartera.analytics.prediction.CustomerPrediction;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The "Prediction" tab of the customer 360: churn risk with its reasons, P(alive) and the predicted 12-month CLV. */
@org.springframework.stereotype.Component
class PredictionSection implements CustomerSection {

    private final PredictionService predictions;
    private final WorkspaceSettingsService settings;

    PredictionSection(PredictionService predictions, WorkspaceSettingsService settings) {
        this.predictions = predictions;
        this.settings = settings;
    }

    @Override
    public String titleKey() {
        return "prediction.tab";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Component create(Customer customer) {
        var panel = new VerticalLayout();
        panel.addClassName("customer-prediction");
        panel.setPadding(false);
        var found = predictions.predictionOf(customer);
        if (found.isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation("prediction.none")));
            return panel;
        }
        CustomerPrediction prediction = found.get();
        String currency = settings.current().getCurrency();
        Locale locale = UI.getCurrent().getLocale();
        var risk = new Paragraph(panel.getTranslation("prediction.risk", prediction.churnScore(),
                panel.getTranslation("churn.level." + prediction.churnLevel().name())));
        risk.addClassName("churn-risk");
        var reasons = new Paragraph(prediction.reasons().isEmpty() ? panel.getTranslation("prediction.no-reasons")
                : PredictionFormat.reasons(panel, prediction.reasons()));
        reasons.addClassName("churn-reasons");
        var figures = new Paragraph(panel.getTranslation("prediction.figures",
                PredictionFormat.percent(prediction.probabilityAlive(), locale),
                PredictionFormat.decimal(prediction.expectedPurchases12m(), 1, locale),
                PredictionFormat.money(prediction.expectedSpend(), currency, locale),
                PredictionFormat.money(prediction.clv12m(), currency, locale)));
        figures.addClassName("prediction-figures");
        panel.add(risk, reasons, figures);
        return panel;
    }
}
