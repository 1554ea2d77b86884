package com.cartera.support.csat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketStatusChanged;
import com.cartera.tenancy.TenantScope;

/**
 * Sends the satisfaction survey when a ticket is resolved, in the transaction that resolves it: the survey row and
 * its message exist exactly when the resolution commits. The message goes to the ticket's contact person, else the
 * customer; without an address no survey is made (CSAT counts the surveys sent).
 *
 * <p>One survey per ticket: a ticket reopened and resolved again keeps the survey of its first resolution (answered
 * or still open until it expires), so a customer is not asked twice about one matter and each ticket weighs once
 * in CSAT.
 *
 * <p>Language: Cartera stores no language for customers or contact persons, so the survey is in the workspace's
 * language, Spanish; the survey page lets the reader switch to English.
 */
@Component
class SurveySender {

    static final String TEMPLATE = "support-survey";
    static final String WORKSPACE_LANGUAGE = "es";

    private final SurveyStore store;
    private final SurveyRecipients recipients;
    private final SurveyTokens tokens;
    private final WorkspaceMail mail;
    private final CsatProperties properties;
    private final Clock clock;

    SurveySender(SurveyStore store, SurveyRecipients recipients, SurveyTokens tokens, WorkspaceMail mail,
                 CsatProperties properties, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.tokens = tokens;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(TicketStatusChanged changed) {
        if (changed.to() != TicketStatus.RESOLVED || store.ofTicket(changed.ticketId()).isPresent()) {
            return;
        }
        store.ticket(changed.ticketId()).ifPresent(ticket ->
                recipients.of(ticket.customerId(), ticket.contactPersonId()).ifPresent(recipient -> {
                    Instant now = clock.instant();
                    SurveyTokens.Issued link = tokens.issue(TenantScope.require().id());
                    store.insert(ticket, now, now.plus(properties.linkValidity()), link.keyHash(), WORKSPACE_LANGUAGE);
                    mail.enqueue(new MailRequest(recipient.address(), Locale.forLanguageTag(WORKSPACE_LANGUAGE),
                            TEMPLATE, List.of(recipient.name(), ticket.subject(), properties.linkValidity().toDays()),
                            List.of(), SurveyLinks.path(link.token())));
                }));
    }
}
