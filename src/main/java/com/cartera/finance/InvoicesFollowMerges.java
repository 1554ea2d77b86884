package com.cartera.finance;

import com.cartera.customer.CustomersMerged;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two customers are merged, the survivor gets the merged customer's invoices, payments, ledger entries and
 * credit terms, within the merge's transaction. Where both had terms of their own, the survivor's are kept and
 * the merged customer's only fill what the survivor left to the default.
 */
@Component
class InvoicesFollowMerges {

    private final TenantSql sql;

    InvoicesFollowMerges(TenantSql sql) {
        this.sql = sql;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        long from = merged.mergedId();
        long to = merged.survivorId();
        move("update invoice set customer_id = :to, version = version + 1 where customer_id = :from", from, to);
        // A reference the survivor already uses for a payment gets the payment's id appended: references are
        // unique per customer.
        move("""
                update payment p set customer_id = :to,
                       reference = case when p.reference is not null and exists (select 1 from payment s
                                        where s.customer_id = :to and lower(s.reference) = lower(p.reference))
                                   then left(p.reference, 60) || ' #' || p.id else p.reference end,
                       version = version + 1
                where customer_id = :from""", from, to);
        // One statement: the ledger's trigger takes the sums off the merged customer and adds them to the survivor.
        move("update receivable_entry set customer_id = :to where customer_id = :from", from, to);
        move("""
                update customer_credit s set terms_days = coalesce(s.terms_days, m.terms_days),
                       terms_day_of_month = case when s.terms_days is null and s.terms_day_of_month is null
                                            then m.terms_day_of_month else s.terms_day_of_month end,
                       credit_limit = coalesce(s.credit_limit, m.credit_limit), version = s.version + 1
                from customer_credit m where s.customer_id = :to and m.customer_id = :from""", from, to);
        move("""
                update customer_credit set customer_id = :to where customer_id = :from
                and not exists (select 1 from customer_credit s where s.customer_id = :to)""", from, to);
        move("delete from customer_credit where customer_id = :from and :to <> :from", from, to);
    }

    private void move(String statement, long from, long to) {
        sql.client().sql(statement).param("from", from).param("to", to).update();
    }
}
