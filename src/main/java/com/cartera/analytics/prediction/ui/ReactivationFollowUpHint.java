package com.cartera.analytics.prediction.ui;

import java.util.List;
import java.util.Optional;

import com.cartera.analytics.prediction.ChurnRisk;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.customer.Customer;
import com.cartera.customer.NextBestActionSource;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/**
 * Proposes a reactivation follow-up on the customer's page when their churn risk is high, with the reasons; more
 * urgent than the plain reactivation hint, less than an overdue follow-up.
 */
@Component
class ReactivationFollowUpHint implements NextBestActionSource {

    static final int URGENCY = 60;

    private final PredictionService predictions;

    ReactivationFollowUpHint(PredictionService predictions) {
        this.predictions = predictions;
    }

    @Override
    public Optional<NextBestAction> suggest(Customer customer) {
        UI ui = UI.getCurrent();
        return predictions.predictionOf(customer)
                .filter(prediction -> prediction.churnLevel() == ChurnRisk.Level.HIGH)
                .map(prediction -> new NextBestAction(URGENCY, "prediction.hint.reactivate",
                        List.of(prediction.churnScore(), ui == null ? "" : PredictionFormat.reasons(ui,
                                prediction.reasons()))));
    }
}
