package com.cartera.finance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a customer their statement of account by e-mail through the workspace's outbox: the balance at the
 * period's end, the credit not allocated, and the open invoices listed. The outbox carries no attachments, so the
 * .xlsx is not attached.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class StatementMail {

    /** The template: texts {@code mail.finance-statement.*}. */
    static final String TEMPLATE = "finance-statement";

    private final Statements statements;
    private final WorkspaceMail mail;
    private final I18NProvider i18n;

    StatementMail(Statements statements, WorkspaceMail mail, I18NProvider i18n) {
        this.statements = statements;
        this.mail = mail;
        this.i18n = i18n;
    }

    /**
     * Queues the statement of {@code customerId} over the period for their e-mail address, in {@code locale}.
     * Returns the address.
     *
     * @throws FinanceRefusedException on field {@code email} when the customer has no e-mail address
     */
    public String send(long customerId, LocalDate from, LocalDate to, Locale locale) {
        Statement statement = statements.of(customerId, from, to);
        String address = statement.customerEmail();
        if (address == null || address.isBlank()) {
            throw new FinanceRefusedException("email", "finance.statement.mail.no-email", statement.customerName());
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "yyyy-MM-dd"
                : "dd/MM/yyyy");
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
        String currency = statement.currency();
        List<String> items = statement.openInvoices().stream()
                .map(invoice -> i18n.getTranslation("finance.statement.mail.item", locale, invoice.number(),
                        dates.format(invoice.dueOn()), money(numbers, invoice.openAmount(), currency),
                        invoice.daysOverdue()))
                .toList();
        mail.enqueue(new MailRequest(address.strip(), locale, TEMPLATE, List.of(statement.customerName(),
                dates.format(from), dates.format(to), money(numbers, statement.closingBalance(), currency),
                money(numbers, statement.openInvoicesTotal(), currency),
                money(numbers, statement.unallocatedCredit(), currency), statement.openInvoices().size()),
                items, "/"));
        return address.strip();
    }

    private static String money(NumberFormat numbers, BigDecimal amount, String currency) {
        return numbers.format(amount) + " " + currency;
    }
}
