package com.cartera.finance.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.CustomerAgeing;
import com.cartera.finance.PaymentBehaviour;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The "Account" tab of the customer 360 page: balance, overdue, credit and latest payments, then the payment risk
 * with its reasons, today's ageing and the payment history, for finance, admin, management and sales; other roles see that it is not theirs to read.
 */
@org.springframework.stereotype.Component
class AccountSection implements CustomerSection {

    private final PaymentTools tools;
    private final PaymentBehaviour behaviour;
    private final CustomerAgeing ageing;
    private final WorkspaceCalendar calendar;
    private final WorkspaceSettingsService settings;

    AccountSection(PaymentTools tools, PaymentBehaviour behaviour, CustomerAgeing ageing, WorkspaceCalendar calendar,
                   WorkspaceSettingsService settings) {
        this.tools = tools;
        this.behaviour = behaviour;
        this.ageing = ageing;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public String titleKey() {
        return "finance.account.tab";
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public Component create(Customer customer) {
        var user = tools.currentUser().require();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE) || user.hasRole(Role.MANAGEMENT)
                || user.hasRole(Role.SALES)) {
            var account = new VerticalLayout(new AccountPanel(tools, customer),
                    new PaymentBehaviourPanel(customer, behaviour, ageing, calendar, settings));
            account.setPadding(false);
            return account;
        }
        var text = new Span();
        text.setText(text.getTranslation("finance.account.not-allowed"));
        return text;
    }
}
