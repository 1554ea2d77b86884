package com.cartera.customer;

import java.util.List;
import java.util.Optional;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's customer portfolio: list, look up, create, edit and (softly) delete customers. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerService {

    private final CustomerRepository customers;
    private final Validator validator;

    CustomerService(CustomerRepository customers, Validator validator) {
        this.customers = customers;
        this.validator = validator;
    }

    /** One page of the customers matching {@code filter}; the id breaks ties so that paging is stable. */
    public List<Customer> page(CustomerFilter filter, Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
        // A slice, not a page: the grid asks for the count separately, once.
        return customers.findBy(CustomerSpecifications.matching(filter), query -> query.project("owner").slice(stable))
                .getContent();
    }

    public long count(CustomerFilter filter) {
        return customers.count(CustomerSpecifications.matching(filter));
    }

    public Optional<Customer> find(long id) {
        return customers.findWithOwnerById(id).filter(customer -> !customer.isDeleted());
    }

    /**
     * Creates or updates a customer.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public Customer save(Customer customer) {
        requireValid(customer);
        return customers.saveAndFlush(customer);
    }

    /**
     * Adds many new customers at once, in batches, in the current transaction.
     *
     * @throws ConstraintViolationException naming the first customer with wrong values; nothing is saved
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void createAll(List<Customer> newCustomers) {
        newCustomers.forEach(this::requireValid);
        customers.saveAll(newCustomers);
    }

    private void requireValid(Customer customer) {
        var violations = validator.validate(customer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
