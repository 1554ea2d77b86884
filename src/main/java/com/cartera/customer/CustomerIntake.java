package com.cartera.customer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;

/**
 * Finds who wrote in through a public channel (the support web form) by e-mail address, or records them as a new
 * lead. Runs with nobody signed in: it is called only by the public channels of the workspace in scope, which
 * validate and rate-limit what people type before calling it; it creates leads and changes nothing else.
 */
@Service
public class CustomerIntake {

    /** What a person left on a public channel; {@code company} and {@code phone} may be blank. */
    public record InboundContact(String name, String email, String company, String phone) {
    }

    /**
     * The customer an inbound message belongs to.
     *
     * @param contactPersonId the company's contact person whose address matched, or null
     * @param created         true when a lead was made for it
     */
    public record Match(long customerId, Long contactPersonId, boolean created) {
    }

    private record Found(long customerId, Long contactPersonId) {
    }

    private final TenantSql sql;
    private final CustomerRepository customers;
    private final ContactPersonRepository contacts;
    private final LifecycleChangeRepository lifecycleChanges;
    private final DuplicatePairs duplicatePairs;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CustomerIntake(TenantSql sql, CustomerRepository customers, ContactPersonRepository contacts,
                   LifecycleChangeRepository lifecycleChanges, DuplicatePairs duplicatePairs, Validator validator,
                   Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.sql = sql;
        this.customers = customers;
        this.contacts = contacts;
        this.lifecycleChanges = lifecycleChanges;
        this.duplicatePairs = duplicatePairs;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The live customer whose address is {@code email} (ignoring case and surrounding spaces), else the company of
     * the contact person with that address; the oldest such when several match.
     */
    @Transactional(readOnly = true)
    public Optional<Match> findByEmail(String email) {
        return find(email).map(found -> new Match(found.customerId(), found.contactPersonId(), false));
    }

    /**
     * The customer matched by the contact's e-mail ({@link #findByEmail}), or a new lead from {@code source}: a
     * company with the person as its primary contact when a company is named, else a person.
     *
     * @throws ConstraintViolationException when the contact's values do not fit a customer
     */
    @Transactional
    public Match matchOrCreateLead(InboundContact contact, CustomerSource source) {
        Optional<Found> existing = find(contact.email());
        if (existing.isPresent()) {
            return new Match(existing.get().customerId(), existing.get().contactPersonId(), false);
        }
        boolean company = contact.company() != null && !contact.company().isBlank();
        var lead = new Customer();
        lead.setKind(company ? CustomerKind.COMPANY : CustomerKind.PERSON);
        lead.setName(company ? contact.company().strip() : contact.name().strip());
        lead.setEmail(company ? null : contact.email().strip());
        lead.setPhone(company ? null : blankToNull(contact.phone()));
        lead.setLifecycleStage(LifecycleStage.LEAD);
        lead.setSource(source);
        requireValid(lead);
        Customer saved = customers.saveAndFlush(lead);
        lifecycleChanges.save(new LifecycleChange(saved.getId(), null, LifecycleStage.LEAD, clock.instant(), null));
        Long contactId = null;
        if (company) {
            var person = new ContactPerson(saved.getId());
            person.setName(contact.name().strip());
            person.setEmail(contact.email().strip());
            person.setPhone(blankToNull(contact.phone()));
            person.setPrimary(true);
            requireValid(person);
            contactId = contacts.saveAndFlush(person).getId();
        }
        duplicatePairs.refresh(List.of(saved.getId()));
        events.publishEvent(new CustomersCreated(TenantScope.require(), Set.of(saved.getId())));
        return new Match(saved.getId(), contactId, true);
    }

    private Optional<Found> find(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var client = sql.client();
        Optional<Found> customer = client.sql("""
                        select id as customer_id, null::bigint as contact_person_id from customer
                        where email_key(email) = email_key(:email) and deleted_at is null and merged_into_id is null
                        order by id limit 1""")
                .param("email", email)
                .query(Found.class).optional();
        if (customer.isPresent()) {
            return customer;
        }
        return client.sql("""
                        select c.id as customer_id, p.id as contact_person_id
                        from contact_person p join customer c on c.id = p.company_id
                        where email_key(p.email) = email_key(:email) and c.deleted_at is null
                          and c.merged_into_id is null
                        order by p.id limit 1""")
                .param("email", email)
                .query(Found.class).optional();
    }

    private void requireValid(Object value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
