package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** What marketing may know of an audience: consent and reachability, streamed in batches, and contact details. */
@CarteraIntegrationTest
class MarketingReachTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MarketingReach reach;
    @Autowired
    CustomerService customers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAudienceIsCountedAndStreamedWithConsentAndAddressesLiveCustomersOnly() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Alcance " + TestData.uniqueSlug("mr"));
        long willing = customer(admin, "Ana Alcance", "ana@example.org", null, true);
        long refused = customer(admin, "Bruno Alcance", "bruno@example.org", null, false);
        long phoneOnly = customer(admin, "Carla Alcance", null, "+34 600 000 003", true);
        long nothing = customer(admin, "Dario Alcance", null, null, true);
        long deleted = customer(admin, "Elena Alcance", "elena@example.org", null, true);
        customer(admin, "Fuera del filtro", "f@example.org", null, true);
        TestData.as(admin, () -> {
            customers.delete(deleted, customers.find(deleted).orElseThrow().getVersion());
            return null;
        });
        CustomerFilter filter = CustomerFilter.NONE.withText("alcance");

        TestData.as(admin, () -> {
            assertThat(reach.count(filter, null)).isEqualTo(new MarketingReach.ReachCount(4, 1, 2, 1));
            List<List<MarketingReach.Reach>> batches = new ArrayList<>();
            transactions.execute(status -> {
                reach.forEachBatch(filter, null, 3, batches::add);
                return null;
            });
            assertThat(batches).extracting(List::size).containsExactly(3, 1);
            assertThat(batches.stream().flatMap(List::stream)).containsExactly(
                    new MarketingReach.Reach(willing, true, true, false),
                    new MarketingReach.Reach(refused, false, true, false),
                    new MarketingReach.Reach(phoneOnly, true, false, true),
                    new MarketingReach.Reach(nothing, true, false, false));
            assertThat(reach.count(filter, RfmSegment.CHAMPIONS).customers()).isZero();
            assertThat(reach.contacts(Set.of(willing, deleted))).hasSize(2)
                    .hasEntrySatisfying(deleted, contact -> assertThat(contact.live()).isFalse());
            assertThat(reach.matchingText("ÁNA", List.of(willing, refused))).containsExactly(willing);
            return null;
        });
    }

    private long customer(SignedInUser user, String name, String email, String phone, boolean consent) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setMarketingConsent(consent);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        return TestData.as(user, () -> customers.save(customer)).getId();
    }
}
