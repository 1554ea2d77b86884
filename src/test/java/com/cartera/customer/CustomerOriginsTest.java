package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerOrigins.LeadCount;
import com.cartera.customer.CustomerOrigins.Origin;
import com.cartera.customer.CustomerOrigins.Outcome;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** What marketing reads of customers: origins, who is still a lead, outcomes and leads created in a period. */
@CarteraIntegrationTest
@RecordApplicationEvents
class CustomerOriginsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerOrigins origins;
    @Autowired
    CustomerService customers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    @Test
    void originsLeadsAndOutcomesOfNewCustomers() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Orígenes " + TestData.uniqueSlug("o"));
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        Customer friend = data.customer(admin, "Amiga", null, LifecycleStage.ACTIVE);
        var lead = new Customer();
        lead.setName("Lead recomendado");
        lead.setLifecycleStage(LifecycleStage.LEAD);
        lead.setSource(CustomerSource.REFERRAL);
        lead.setSourceCampaign("Boletín");
        lead.setReferredBy(friend);
        Customer saved = TestData.as(admin, () -> customers.save(lead));
        Customer converted = data.customer(admin, "Convertido", null, LifecycleStage.PROSPECT);
        TestData.as(admin, () -> customers.save(customers.find(converted.getId()).map(fresh -> {
            fresh.setLifecycleStage(LifecycleStage.ACTIVE);
            return fresh;
        }).orElseThrow()));

        assertThat(events.stream(CustomersCreated.class).flatMap(created -> created.customerIds().stream()))
                .containsExactlyInAnyOrder(friend.getId(), saved.getId(), converted.getId());
        TestData.as(admin, () -> transactions.execute(status -> {
            List<Origin> read = origins.of(List.of(saved.getId()));
            assertThat(read).singleElement().satisfies(origin -> {
                assertThat(origin.source()).isEqualTo(CustomerSource.REFERRAL);
                assertThat(origin.sourceCampaign()).isEqualTo("Boletín");
                assertThat(origin.referredById()).isEqualTo(friend.getId());
            });
            assertThat(origins.leadsOrProspects(List.of(friend.getId(), saved.getId(), converted.getId())))
                    .isEqualTo(Set.of(saved.getId()));
            assertThat(origins.outcomes(List.of(friend.getId(), saved.getId(), converted.getId())))
                    .extracting(Outcome::customerId, Outcome::createdAsLead, Outcome::converted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(friend.getId(), false, true),
                            org.assertj.core.groups.Tuple.tuple(saved.getId(), true, false),
                            org.assertj.core.groups.Tuple.tuple(converted.getId(), true, true));
            assertThat(origins.leadsCreated(before, Instant.now().plus(1, ChronoUnit.MINUTES)))
                    .isEqualTo(new LeadCount(2, 1));
            return null;
        }));
    }
}
