package com.cartera.customer;

import java.util.List;

import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons of company customers. Everyone reads them; who may change them follows
 * {@link Action#EDIT_CONTACTS} on the company.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class ContactPersonService {

    private final ContactPersonRepository contacts;
    private final CustomerRepository customers;
    private final CustomerPermissions permissions;
    private final Validator validator;

    ContactPersonService(ContactPersonRepository contacts, CustomerRepository customers,
                         CustomerPermissions permissions, Validator validator) {
        this.contacts = contacts;
        this.customers = customers;
        this.permissions = permissions;
        this.validator = validator;
    }

    /** The company's contacts, the primary one first, then by name. */
    public List<ContactPerson> list(long companyId) {
        return contacts.findByCompanyIdOrderByPrimaryDescNameAscIdAsc(companyId);
    }

    /**
     * Adds or updates a contact; a primary contact becomes the company's only primary one.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws ObjectOptimisticLockingFailureException when someone else changed or removed it meanwhile
     * @throws AccessDeniedException when the signed-in person may not edit this company's contacts
     * @throws IllegalArgumentException when the customer is not a company
     */
    @Transactional
    public ContactPerson save(ContactPerson contact) {
        requireEditableCompany(contact.getCompanyId());
        var violations = validator.validate(contact);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (contact.getId() != null) {
            requireUnchanged(contact.getId(), contact.getCompanyId(), contact.getVersion());
        }
        ContactPerson saved = contacts.saveAndFlush(contact);
        if (saved.isPrimary()) {
            contacts.clearOtherPrimaries(saved.getCompanyId(), saved.getId());
        }
        return saved;
    }

    /**
     * Removes a contact.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed or removed it meanwhile
     */
    @Transactional
    public void delete(long companyId, long id, long expectedVersion) {
        requireEditableCompany(companyId);
        contacts.delete(requireUnchanged(id, companyId, expectedVersion));
    }

    private void requireEditableCompany(Long companyId) {
        Customer company = customers.findDetailedById(companyId)
                .filter(customer -> !customer.isDeleted())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, companyId));
        if (company.getKind() != CustomerKind.COMPANY) {
            throw new IllegalArgumentException("Customer " + companyId + " is not a company");
        }
        permissions.require(Action.EDIT_CONTACTS, company);
    }

    private ContactPerson requireUnchanged(long id, Long companyId, long expectedVersion) {
        return contacts.findById(id)
                .filter(stored -> stored.getCompanyId().equals(companyId) && stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(ContactPerson.class, id));
    }
}
