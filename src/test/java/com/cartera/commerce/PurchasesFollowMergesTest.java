package com.cartera.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A merge moves the merged customer's purchases to the survivor, and the triggers recompute both customers. */
@CarteraIntegrationTest
class PurchasesFollowMergesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PurchaseService purchaseService;
    @Autowired
    CustomerService customerService;

    @Test
    void theSurvivorGetsThePurchasesAndBothCustomersFiguresFollow() {
        var data = new TestData(context);
        var fixtures = new CommerceFixtures(context);
        SignedInUser admin = data.newWorkspace("Fusión " + TestData.uniqueSlug("m"));
        Product sofa = fixtures.product(admin, "Sofá", null, "2800.00");
        Product lamp = fixtures.product(admin, "Lámpara", null, "250.00");
        Customer survivor = data.customer(admin, "Ana García", null, LifecycleStage.ACTIVE);
        Customer merged = data.customer(admin, "Ana Garcia (duplicada)", null, LifecycleStage.ACTIVE);
        Customer bystander = data.customer(admin, "Otro", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, survivor.getId(), LocalDate.of(2025, 3, 1), lamp);
        fixtures.purchase(admin, merged.getId(), LocalDate.of(2024, 11, 20), sofa);
        fixtures.purchase(admin, merged.getId(), LocalDate.of(2025, 5, 2), lamp);
        fixtures.purchase(admin, bystander.getId(), LocalDate.of(2025, 1, 1), lamp);

        TestData.as(admin, () -> new TransactionTemplate(transactionManager).execute(status -> {
            events.publishEvent(new CustomersMerged(admin.workspace().tenant(), merged.getId(), survivor.getId()));
            return null;
        }));

        TestData.as(admin, () -> {
            assertThat(purchaseService.countOf(merged.getId())).isZero();
            assertThat(purchaseService.purchasesOf(survivor.getId(), PageRequest.of(0, 10)))
                    .extracting(Purchase::getPurchasedOn)
                    .containsExactly(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 3, 1), LocalDate.of(2024, 11, 20));
            // 250 + 2,800 + 250 = 3,300: key.
            Customer kept = customerService.find(survivor.getId()).orElseThrow();
            assertThat(kept.getPurchaseCount()).isEqualTo(3);
            assertThat(kept.getRevenue()).isEqualByComparingTo("3300.00");
            assertThat(kept.getFirstPurchaseOn()).isEqualTo(LocalDate.of(2024, 11, 20));
            assertThat(kept.getLastPurchaseOn()).isEqualTo(LocalDate.of(2025, 5, 2));
            assertThat(kept.getTier()).isEqualTo(ValueTier.KEY);
            Customer folded = customerService.find(merged.getId()).orElseThrow();
            assertThat(folded.getPurchaseCount()).isZero();
            assertThat(folded.getRevenue()).isEqualByComparingTo("0");
            assertThat(folded.getLastPurchaseOn()).isNull();
            assertThat(folded.getTier()).isEqualTo(ValueTier.LOW);
            assertThat(purchaseService.countOf(bystander.getId())).isEqualTo(1);
            return null;
        });
    }
}
