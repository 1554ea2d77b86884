package com.cartera.marketing;

import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSelection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** A workspace with a marketer, a tag and campaigns (inserted as the campaigns engineer's tables hold them). */
public final class ListFixtures {

    public final TestData data;
    public final SignedInUser admin;
    public final SignedInUser marketer;
    public final Tag tag;

    private final ApplicationContext context;

    public ListFixtures(ApplicationContext context, String name) {
        this.context = context;
        data = new TestData(context);
        admin = data.newWorkspace(name);
        marketer = data.addMember(admin, TestData.uniqueEmail("mk"), "Marta Marketing", Set.of(Role.MARKETING));
        tag = TestData.as(admin, () -> context.getBean(TagService.class).create("Boletín", "#1e88e5"));
    }

    /** A campaign of {@code channel}, aiming at the fixture's tag. */
    public long campaign(String name, CampaignChannel channel) {
        var sql = context.getBean(TenantSql.class);
        return TestData.as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> sql.client().sql("""
                        insert into campaign (name, channel, source_id, starts_on, status, target_kind, target_value,
                                              created_at, updated_at)
                        select :name, :channel, id, date '2026-11-01', 'RUNNING', 'TAG', :tag, now(), now()
                        from marketing_source where code = 'EMAIL' returning id""")
                .param("name", name).param("channel", channel.name()).param("tag", tag.getId().toString())
                .query(Long.class).single()));
    }

    /** A customer carrying the fixture's tag. */
    public long tagged(String name, String email, String phone, boolean consent) {
        long id = customer(name, email, phone, consent);
        TestData.as(admin, () -> context.getBean(PortfolioBulkService.class)
                .addTag(CustomerSelection.picked(Set.of(id)), tag.getId()));
        return id;
    }

    public long customer(String name, String email, String phone, boolean consent) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setMarketingConsent(consent);
        customer.setLifecycleStage(LifecycleStage.PROSPECT);
        return TestData.as(admin, () -> context.getBean(CustomerService.class).save(customer)).getId();
    }

    /** Withdraws the customer's marketing consent, as editing the customer does. */
    public void withdrawConsent(long customerId) {
        var customers = context.getBean(CustomerService.class);
        TestData.as(admin, () -> {
            Customer customer = customers.find(customerId).orElseThrow();
            customer.setMarketingConsent(false);
            return customers.save(customer);
        });
    }
}
