package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer's ageing as of any day, read from the ledger (entries booked on or before that day by due date), so
 * a past day shows what was open then rather than today's open amounts.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class CustomerAgeing {

    private record Open(LocalDate dueOn, BigDecimal amount) {
    }

    private final TenantSql sql;

    CustomerAgeing(TenantSql sql) {
        this.sql = sql;
    }

    public CustomerReceivables of(long customerId, LocalDate asOf) {
        var ageing = new Ageing.Builder(asOf);
        sql.client().sql("""
                        select due_on, sum(amount) as amount from receivable_entry
                        where customer_id = :customer and booked_on <= :asOf
                        group by due_on having sum(amount) <> 0""")
                .param("customer", customerId)
                .param("asOf", asOf)
                .query(Open.class).list()
                .forEach(open -> ageing.add(open.dueOn(), open.amount()));
        // A payment's credit as of the day: what it had not yet allocated then (allocations made later, or reversed
        // by then, leave it unallocated); a payment reversed by then holds nothing.
        BigDecimal unallocated = sql.client().sql("""
                        select coalesce(sum(p.amount - coalesce((
                                   select sum(a.amount) from payment_allocation a
                                   where a.payment_id = p.id and a.allocated_on <= :asOf
                                     and (a.reversed_on is null or a.reversed_on > :asOf)), 0)), 0)
                        from payment p
                        where p.customer_id = :customer and p.received_on <= :asOf
                          and (p.reversed_on is null or p.reversed_on > :asOf)""")
                .param("customer", customerId)
                .param("asOf", asOf)
                .query(BigDecimal.class).single();
        return new CustomerReceivables(ageing.build(), unallocated.setScale(2));
    }
}
