package com.cartera.support;

import java.util.Objects;
import java.util.UUID;

import com.cartera.commerce.ProductService;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.CustomerService;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import org.springframework.stereotype.Component;

/**
 * Checks what a ticket is opened or edited with, naming the field at fault. The desk's own lists (categories, teams)
 * are always checked; customers, contacts and products through their modules' services, which need a signed-in
 * person: the public web form resolves those itself (see {@link TicketService#openFromWebForm}).
 */
@Component
class TicketChecks {

    private final SupportSettingsService settings;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final ProductService products;
    private final TeamDirectory team;

    TicketChecks(SupportSettingsService settings, CustomerService customers, ContactPersonService contacts,
                 ProductService products, TeamDirectory team) {
        this.settings = settings;
        this.customers = customers;
        this.contacts = contacts;
        this.products = products;
        this.team = team;
    }

    /** The fields every ticket needs, and the desk's own references. {@code current} may be null for a new one. */
    void fields(TicketFields fields, Ticket current) {
        require(fields.type(), "type");
        require(fields.channel(), "channel");
        require(fields.priority(), "priority");
        if (fields.subject() == null || fields.subject().isBlank()) {
            throw new TicketRefusedException("subject", "support.ticket.error.subject-required");
        }
        if (fields.subject().strip().length() > Ticket.SUBJECT_MAX) {
            throw new TicketRefusedException("subject", "support.ticket.error.subject-too-long", Ticket.SUBJECT_MAX);
        }
        if (fields.description() != null && fields.description().length() > Ticket.DESCRIPTION_MAX) {
            throw new TicketRefusedException("description", "support.ticket.error.description-too-long",
                    Ticket.DESCRIPTION_MAX);
        }
        Long categoryId = fields.categoryId();
        if (categoryId != null && !(current != null && categoryId.equals(current.getCategoryId()))
                && settings.category(categoryId).filter(category -> !category.archived()).isEmpty()) {
            throw new TicketRefusedException("category", "support.ticket.error.category");
        }
    }

    /** The customer, its contact person and the product, through their modules (signed-in callers only). */
    void references(long customerId, Long contactPersonId, Long productId, Ticket current) {
        if (customers.find(customerId).isEmpty()) {
            throw new TicketRefusedException("customer", "support.ticket.error.customer");
        }
        if (contactPersonId != null && !(current != null && contactPersonId.equals(current.getContactPersonId()))
                && contacts.list(customerId).stream().map(ContactPerson::getId).noneMatch(contactPersonId::equals)) {
            throw new TicketRefusedException("contactPerson", "support.ticket.error.contact");
        }
        if (productId != null && !(current != null && productId.equals(current.getProductId()))
                && products.find(productId).isEmpty()) {
            throw new TicketRefusedException("product", "support.ticket.error.product");
        }
    }

    /** An assignee must be an active member, a team a queue not archived (unless the ticket already has them). */
    void assignment(UUID assigneeId, Long teamId, Ticket current) {
        if (assigneeId != null && !(current != null && assigneeId.equals(current.getAssigneeId()))
                && team.find(assigneeId).filter(TeamMember::isActive).isEmpty()) {
            throw new TicketRefusedException("assignee", "support.ticket.error.assignee");
        }
        if (teamId != null && !(current != null && Objects.equals(teamId, current.getTeamId()))
                && settings.team(teamId).filter(found -> !found.archived()).isEmpty()) {
            throw new TicketRefusedException("team", "support.ticket.error.team");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new TicketRefusedException(field, "support.ticket.error." + field + "-required");
        }
    }
}
