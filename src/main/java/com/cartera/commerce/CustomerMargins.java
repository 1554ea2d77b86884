package com.cartera.commerce;

import java.math.BigDecimal;
import java.util.List;

import com.cartera.customer.CustomerService;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One customer's historical margin, for the customer page: finance, admin and management see it. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class CustomerMargins {

    private final Margins margins;
    private final CustomerService customers;

    CustomerMargins(Margins margins, CustomerService customers) {
        this.margins = margins;
        this.customers = customers;
    }

    /**
     * The customer's margin over every purchase line.
     *
     * @throws ObjectOptimisticLockingFailureException when the customer is gone or not visible to the caller
     */
    public CustomerMargin historical(long customerId) {
        customers.find(customerId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException("Customer", customerId));
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal withoutCost = BigDecimal.ZERO;
        for (Margins.Row row : margins.of(List.of(customerId))) {
            revenue = revenue.add(row.revenue());
            cost = cost.add(row.cost());
            withoutCost = withoutCost.add(row.revenueWithoutCost());
        }
        return new CustomerMargin(revenue, cost, withoutCost);
    }
}
