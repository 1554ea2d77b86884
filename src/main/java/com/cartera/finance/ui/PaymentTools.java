package com.cartera.finance.ui;

import java.time.LocalDate;

import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.PaymentService;
import com.cartera.finance.Payments;
import com.cartera.finance.StatementExport;
import com.cartera.finance.StatementMail;
import com.cartera.finance.Statements;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import org.springframework.stereotype.Component;

/** The services the payment and statement screens and dialogs use, handed around as one. */
@Component
record PaymentTools(PaymentService service, Payments payments, Statements statements, StatementExport export,
                    StatementMail mail, CustomerService customers, WorkspaceSettingsService settings,
                    WorkspaceCalendar calendar, CurrentUser currentUser) {

    /** Whether the signed-in person records, allocates and reverses payments. */
    boolean writes() {
        var user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE);
    }

    String currency() {
        return settings.current().getCurrency();
    }

    LocalDate today() {
        return calendar.today();
    }
}
