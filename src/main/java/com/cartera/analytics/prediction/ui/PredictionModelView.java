package com.cartera.analytics.prediction.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.cartera.analytics.prediction.ModelFit;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's predictive CLV models: the BG/NBD and Gamma-Gamma parameters of the latest fit, its date, the
 * customers it was fitted on and the discount rate; admins refit now.
 */
@Route("analytics/model")
@Menu(title = "menu.prediction-model", order = 37, icon = "vaadin:function")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class PredictionModelView extends VerticalLayout implements HasHeading {

    final Paragraph fitted = new Paragraph();
    final Paragraph customers = new Paragraph();
    final Paragraph bgNbd = new Paragraph();
    final Paragraph gammaGamma = new Paragraph();
    final Paragraph discount = new Paragraph();
    final Button refit = new Button();

    private final PredictionService predictions;
    private final ZoneId zone;

    public PredictionModelView(PredictionService predictions, WorkspaceCalendar calendar) {
        this.predictions = predictions;
        this.zone = calendar.zone();
        addClassName("prediction-model-view");
        refit.setText(getTranslation("model.refit"));
        refit.setIcon(VaadinIcon.REFRESH.create());
        refit.setVisible(predictions.canRefit());
        refit.addClickListener(e -> {
            show(predictions.refitNow());
            Notification.show(getTranslation("model.refitted"));
        });
        add(new Paragraph(getTranslation("model.explained")), fitted, customers, bgNbd, gammaGamma, discount, refit);
        show(predictions.latestFit());
    }

    private void show(Optional<ModelFit> latest) {
        if (latest.isEmpty()) {
            fitted.setText(getTranslation("model.none"));
            customers.setText("");
            bgNbd.setText("");
            gammaGamma.setText("");
            discount.setText("");
            return;
        }
        ModelFit fit = latest.get();
        fitted.setText(getTranslation("model.fitted",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(fit.fittedAt().atZone(zone)),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(fit.calibrationEnd())));
        customers.setText(getTranslation(fit.sampled() ? "model.customers.sampled" : "model.customers",
                fit.customers(), fit.fitCustomers()));
        bgNbd.setText(getTranslation("model.bgnbd", number(fit.r()), number(fit.alpha()), number(fit.a()),
                number(fit.b()), PredictionFormat.decimal(fit.logLikelihood(), 1, getLocale())));
        gammaGamma.setText(fit.p() == null ? getTranslation("model.gamma-gamma.none")
                : getTranslation("model.gamma-gamma", number(fit.p()), number(fit.q()), number(fit.gamma()),
                fit.repeatBuyers()));
        discount.setText(getTranslation("model.discount",
                PredictionFormat.decimal(fit.monthlyDiscountRate().doubleValue() * 100, 2, getLocale())));
    }

    private String number(double value) {
        return PredictionFormat.decimal(value, 3, getLocale());
    }

    @Override
    public String heading() {
        return getTranslation("model.title");
    }
}
