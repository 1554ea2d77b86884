package com.cartera.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records purchases straight into a workspace's purchase table, as a member of it, so that the database
 * triggers fill in the customers' purchase figures and computed tiers as they do in production.
 */
public final class Purchases {

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;

    public Purchases(ApplicationContext context) {
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.entityManager = context.getBean(EntityManager.class);
    }

    /** One purchase of {@code total} by {@code customer} on {@code on}, recorded by {@code user}. */
    public void buy(SignedInUser user, Customer customer, LocalDate on, String total) {
        TestData.as(user, () -> transactions.execute(status -> entityManager.createNativeQuery(
                        "insert into purchase (customer_id, purchased_on, channel, total) values (:customer, :on, 'STORE', :total)")
                .setParameter("customer", customer.getId())
                .setParameter("on", on)
                .setParameter("total", new BigDecimal(total))
                .executeUpdate()));
    }

    /** Runs a statement of test set-up in the user's workspace, e.g. to age or break figures on purpose. */
    public int execute(SignedInUser user, String sql) {
        return TestData.as(user, () -> transactions.execute(status -> entityManager.createNativeQuery(sql).executeUpdate()));
    }
}
