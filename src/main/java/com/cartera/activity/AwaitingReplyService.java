package com.cartera.activity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.customer.AlertColour;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who has not answered: the customers with a green alert, page by page, with our latest interaction. Everyone reads it. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class AwaitingReplyService {

    private final CustomerService customers;
    private final InteractionRepository interactions;

    AwaitingReplyService(CustomerService customers, InteractionRepository interactions) {
        this.customers = customers;
        this.interactions = interactions;
    }

    /** @param ownerId only this person's customers; null: everyone's */
    public List<AwaitingReply> page(UUID ownerId, Pageable pageable) {
        List<Customer> waiting = customers.page(filter(ownerId), pageable);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, Interaction> latest = interactions.latestOfEach(
                        waiting.stream().map(Customer::getId).toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(Interaction::getCustomerId, Function.identity()));
        return waiting.stream().map(customer -> new AwaitingReply(customer, latest.get(customer.getId()))).toList();
    }

    public long count(UUID ownerId) {
        return customers.count(filter(ownerId));
    }

    private static CustomerFilter filter(UUID ownerId) {
        CustomerFilter green = CustomerFilter.NONE.withAlerts(Set.of(AlertColour.GREEN));
        return ownerId == null ? green : green.withOwners(Set.of(ownerId), false);
    }
}
