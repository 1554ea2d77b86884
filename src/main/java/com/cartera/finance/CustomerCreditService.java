package com.cartera.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import com.cartera.customer.CustomerService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each customer's payment terms and credit limit: their own where set, else the workspace's default. Finance,
 * admin, management and sales read them; finance and admin change them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class CustomerCreditService {

    private final TenantSql sql;
    private final FinanceSettingsService settings;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerCreditService(TenantSql sql, FinanceSettingsService settings, CustomerService customers,
                          CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the customer has saved of their own (every field null when nothing). */
    public CustomerCredit own(long customerId) {
        return sql.client().sql("""
                        select customer_id, terms_days, terms_day_of_month, credit_limit
                        from customer_credit where customer_id = :id""")
                .param("id", customerId).query(CustomerCredit.class).optional()
                .orElse(CustomerCredit.none(customerId));
    }

    /** The customer's terms: their own days (or the default days) and their own day of the month, if any. */
    public PaymentTerms termsOf(long customerId) {
        CustomerCredit own = own(customerId);
        int days = own.termsDays() != null ? own.termsDays() : settings.current().defaultTermsDays();
        return new PaymentTerms(days, own.termsDayOfMonth());
    }

    /** The customer's own credit limit, else the workspace's default; empty when neither is set. */
    public Optional<BigDecimal> creditLimitOf(long customerId) {
        CustomerCredit own = own(customerId);
        return own.creditLimit() != null ? Optional.of(own.creditLimit())
                : Optional.ofNullable(settings.current().defaultCreditLimit());
    }

    /**
     * Sets the customer's own terms and limit; a null value returns that field to the workspace default.
     *
     * @throws FinanceRefusedException naming the field out of its limits, or the customer when gone
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public CustomerCredit update(long customerId, Integer days, Integer dayOfMonth, BigDecimal creditLimit) {
        if (customers.find(customerId).isEmpty()) {
            throw new FinanceRefusedException("customer", "finance.error.customer-missing");
        }
        if (days != null && (days < 0 || days > 365)) {
            throw new FinanceRefusedException("termsDays", "finance.error.terms-days", 365);
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new FinanceRefusedException("termsDayOfMonth", "finance.error.day-of-month");
        }
        if (creditLimit != null && creditLimit.signum() < 0) {
            throw new FinanceRefusedException("creditLimit", "finance.error.credit-limit");
        }
        sql.client().sql("""
                        insert into customer_credit (customer_id, terms_days, terms_day_of_month, credit_limit,
                                                     updated_at, updated_by)
                        values (:id, :days, :dayOfMonth, :limit, :at, :by)
                        on conflict (customer_id) do update set terms_days = excluded.terms_days,
                            terms_day_of_month = excluded.terms_day_of_month, credit_limit = excluded.credit_limit,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                            version = customer_credit.version + 1""")
                .param("id", customerId).param("days", days).param("dayOfMonth", dayOfMonth)
                .param("limit", creditLimit).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", currentUser.require().userId())
                .update();
        return own(customerId);
    }
}
