package com.cartera.support.webform;

import com.cartera.support.Ticket;
import com.cartera.support.TicketType;

/**
 * What a person typed on the public form.
 *
 * @param company    optional
 * @param phone      optional
 * @param categoryId one of the categories the form offers, or null
 * @param website    the hidden field people never see: robots fill it
 */
public record WebFormEntry(String name, String email, String company, String phone, String subject,
                           String description, Long categoryId, TicketType type, String website) {

    /**
     * The longest values taken: the columns they end up in (customer, contact person, ticket); a description from
     * the public form is held shorter than a ticket's own limit.
     */
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int COMPANY_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int SUBJECT_MAX = Ticket.SUBJECT_MAX;
    public static final int DESCRIPTION_MAX = 5000;
}
