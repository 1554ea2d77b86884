package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskReason;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.AgeingBucket;
import com.cartera.finance.CustomerAgeing;
import com.cartera.finance.CustomerReceivables;
import com.cartera.finance.PaymentBehaviour;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer's payments at a glance, in their Account tab: the payment risk finance judged with its reasons in
 * figures, the ageing of what they owe today with the credit they hold, and how they paid over the last year and
 * before.
 */
class PaymentBehaviourPanel extends VerticalLayout {

    final Span risk = new Span();
    final UnorderedList reasons = new UnorderedList();
    final Div ageing = new Div();
    final Span credit = new Span();
    final Grid<PaymentBehaviour.Period> history = new Grid<>();

    PaymentBehaviourPanel(Customer customer, PaymentBehaviour behaviour, CustomerAgeing customerAgeing,
                                 WorkspaceCalendar calendar, WorkspaceSettingsService settings) {
        addClassName("payment-behaviour");
        setPadding(false);
        var money = new Money(settings.current().getCurrency(), getLocale());
        PaymentBehaviour.Profile profile = behaviour.of(customer.getId());
        CustomerReceivables receivables = customerAgeing.of(customer.getId(), calendar.today());

        showRisk(customer.getPaymentRisk());
        for (PaymentRiskReason reason : customer.getPaymentRiskReasons().stream().sorted().toList()) {
            reasons.add(new ListItem(reasonText(reason, profile, money)));
        }
        reasons.setVisible(customer.getPaymentRisk() != null);

        ageing.addClassName("customer-ageing");
        ageing.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (AgeingBucket bucket : AgeingBucket.values()) {
            ageing.add(figure(getTranslation("finance.ageing." + bucket.name()),
                    money.format(receivables.ageing().get(bucket))));
        }
        ageing.add(figure(getTranslation("finance.ageing.total"), money.format(receivables.ageing().total())));
        credit.setText(getTranslation("finance.behaviour.credit", money.format(receivables.unallocatedCredit())));
        credit.setVisible(receivables.unallocatedCredit().signum() > 0);

        history.addClassName("payment-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addColumn(period -> period.year() == 0 ? getTranslation("finance.behaviour.last-year")
                : Integer.toString(period.year())).setHeader(getTranslation("finance.behaviour.period"));
        history.addColumn(PaymentBehaviour.Period::paid).setHeader(getTranslation("finance.behaviour.paid"))
                .setTextAlign(ColumnTextAlign.END);
        history.addColumn(period -> percent(period.lateShare()))
                .setHeader(getTranslation("finance.behaviour.late-share")).setTextAlign(ColumnTextAlign.END);
        history.addColumn(period -> days(period.averageDaysLate()))
                .setHeader(getTranslation("finance.behaviour.average-days-late")).setTextAlign(ColumnTextAlign.END);
        List<PaymentBehaviour.Period> periods = new ArrayList<>();
        if (!profile.years().isEmpty()) {
            periods.add(profile.lastYear());
            periods.addAll(profile.years());
        }
        history.setItems(periods);
        history.setEmptyStateText(getTranslation("finance.behaviour.none"));

        add(new H4(getTranslation("finance.behaviour.title")), risk, reasons,
                new H4(getTranslation("finance.behaviour.ageing")), ageing, credit,
                new H4(getTranslation("finance.behaviour.history")), history);
    }

    private void showRisk(PaymentRisk level) {
        if (level == null) {
            risk.setText(getTranslation("finance.behaviour.no-risk"));
            risk.getElement().setAttribute("theme", "badge success pill");
            return;
        }
        risk.setText(getTranslation("payment-risk.header", getTranslation("payment-risk." + level.name())));
        risk.getElement().setAttribute("theme", level == PaymentRisk.HIGH ? "badge error pill" : "badge warning pill");
    }

    /** A reason with the figures behind it, as they stand now. */
    private String reasonText(PaymentRiskReason reason, PaymentBehaviour.Profile profile, Money money) {
        String key = "finance.behaviour.reason." + reason.name();
        return switch (reason) {
            case OVERDUE, OVERDUE_LONG -> getTranslation(key, money.format(profile.overdueAmount()),
                    profile.oldestDaysPastDue());
            case HABITUALLY_LATE -> getTranslation(key, profile.lastYear().paidLate(), profile.lastYear().paid());
            case OVER_CREDIT_LIMIT -> getTranslation(key, money.format(profile.balance()),
                    money.format(profile.creditLimit()));
        };
    }

    private static Div figure(String label, String amount) {
        var name = new Span(label);
        name.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var value = new Span(amount);
        var figure = new Div(name, value);
        figure.getStyle().set("display", "flex").set("flex-direction", "column");
        return figure;
    }

    private String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String days(BigDecimal days) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }
}
