package com.cartera.finance.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * The "Account" tab of the customer 360 page: balance, overdue, credit and latest payments for finance, admin,
 * management and sales; other roles see that it is not theirs to read.
 */
@org.springframework.stereotype.Component
class AccountSection implements CustomerSection {

    private final PaymentTools tools;

    AccountSection(PaymentTools tools) {
        this.tools = tools;
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
            return new AccountPanel(tools, customer);
        }
        var text = new Span();
        text.setText(text.getTranslation("finance.account.not-allowed"));
        return text;
    }
}
