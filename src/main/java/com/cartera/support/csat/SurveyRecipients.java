package com.cartera.support.csat;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.ContactPerson;
import com.cartera.customer.Customer;

/**
 * Where a ticket's survey goes: the address of the ticket's contact person if it has one, else the customer's.
 * Reads the customer module's entities by id (no SQL on its tables); not secured, because a ticket may be
 * resolved by anyone allowed to, and the listener that asks runs in their transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SurveyRecipients {

    /** The address to write to and the name to greet. */
    record Recipient(String address, String name) {
    }

    private final EntityManager entityManager;

    SurveyRecipients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Recipient> of(long customerId, Long contactPersonId) {
        Customer customer = entityManager.find(Customer.class, customerId);
        if (customer == null || customer.isDeleted()) {
            return Optional.empty();
        }
        if (contactPersonId != null) {
            ContactPerson contact = entityManager.find(ContactPerson.class, contactPersonId);
            if (contact != null && present(contact.getEmail())) {
                return Optional.of(new Recipient(contact.getEmail().strip(), contact.getName()));
            }
        }
        return present(customer.getEmail()) ? Optional.of(new Recipient(customer.getEmail().strip(), customer.getName()))
                : Optional.empty();
    }

    private static boolean present(String email) {
        return email != null && !email.isBlank();
    }
}
