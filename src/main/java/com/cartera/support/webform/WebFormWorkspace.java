package com.cartera.support.webform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.CustomerIntake;
import com.cartera.customer.CustomerIntake.InboundContact;
import com.cartera.customer.CustomerSource;
import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.support.Ticket;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;

/**
 * The form's work inside the workspace in scope, with nobody signed in: reading what the form offers, and opening
 * the ticket of an accepted submission. Callers enter the workspace with {@code TenantScope} first.
 */
@Component
class WebFormWorkspace {

    /** The template of the confirmation mail: {@code mail.support-form-received.*}. */
    static final String RECEIVED_MAIL = "support-form-received";

    /** The form as it stands: on, with its text and categories, or empty when off. */
    record Form(String intro, List<FormCategory> categories) {
    }

    private final WebFormStore store;
    private final CustomerIntake intake;
    private final TicketService tickets;
    private final WorkspaceMail mail;

    WebFormWorkspace(WebFormStore store, CustomerIntake intake, TicketService tickets, WorkspaceMail mail) {
        this.store = store;
        this.intake = intake;
        this.tickets = tickets;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    Optional<Form> form() {
        FormSettings settings = store.settings();
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new Form(settings.intro(), store.offeredCategories()));
    }

    /**
     * Finds the customer by the e-mail address (or makes a lead from the web site), opens the ticket and mails the
     * person its number, all in one transaction.
     *
     * @param formPath the form's address, the confirmation's link back
     * @return the ticket's number
     */
    @Transactional
    String openTicket(WebFormEntry entry, Locale locale, String formPath) {
        var customer = intake.matchOrCreateLead(new InboundContact(entry.name().strip(), entry.email().strip(),
                entry.company(), entry.phone()), CustomerSource.WEBSITE);
        Ticket ticket = tickets.openFromWebForm(new TicketDraft(customer.customerId(), customer.contactPersonId(),
                entry.type(), null, entry.subject().strip(), entry.description().strip(), TicketPriority.NORMAL,
                entry.categoryId(), null, null, null));
        mail.enqueue(new MailRequest(entry.email().strip(), locale, RECEIVED_MAIL,
                List.of(entry.name().strip(), ticket.number(), ticket.getSubject()), List.of(), formPath));
        return ticket.number();
    }
}
