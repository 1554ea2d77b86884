package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The latest contacts of a period are read from {@code interaction_recent_idx}, newest first, without scanning and
 * sorting the whole interaction table (the query of {@link RecentInteractions#latest}).
 */
@CarteraIntegrationTest
class RecentInteractionsIndexTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void theLatestContactsOfAPeriodAreReadFromTheIndex() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Contactos " + TestData.uniqueSlug("i"));
        Customer customer = data.customer(admin, "Cliente con historia", null, LifecycleStage.ACTIVE);

        List<String> plan = TestData.as(admin, () -> transactions.execute(status -> {
            entityManager.createNativeQuery("""
                            insert into interaction (customer_id, kind, occurred_at)
                            select :customer, 'CALL', timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour'
                            from generate_series(1, 50000) i""")
                    .setParameter("customer", customer.getId()).executeUpdate();
            entityManager.createNativeQuery("analyze interaction").executeUpdate();
            return entityManager.createNativeQuery("""
                            explain select id, customer_id, kind, direction, occurred_at, author_id from interaction
                            where occurred_at >= timestamptz '2024-01-01 00:00:00+00'
                              and occurred_at < timestamptz '2024-02-01 00:00:00+00'
                            order by occurred_at desc, id desc limit 20""")
                    .getResultList().stream().map(String::valueOf).toList();
        }));

        assertThat(String.join("\n", plan)).contains("interaction_recent_idx").doesNotContain("Seq Scan", "Sort");
    }
}
