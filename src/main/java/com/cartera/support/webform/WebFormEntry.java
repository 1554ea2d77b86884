package com.cartera.support.webform;

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
}
