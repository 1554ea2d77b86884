package com.cartera.marketing.attribution;

import java.util.Optional;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import com.cartera.marketing.attribution.AttributionStore.Row;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** A workspace with a marketer and a salesperson, and helpers to make campaigns and customers with an origin. */
final class AttributionFixtures {

    final TestData data;
    final SignedInUser admin;
    final SignedInUser marketer;
    final SignedInUser seller;

    private final TenantSql sql;
    private final TransactionTemplate transactions;
    private final CustomerService customers;
    private final AttributionStore store;

    AttributionFixtures(ApplicationContext context, String name) {
        data = new TestData(context);
        admin = data.newWorkspace(name + " " + TestData.uniqueSlug("at"));
        marketer = data.addMember(admin, TestData.uniqueEmail("marketing"), "Marta Marketing", Set.of(Role.MARKETING));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Víctor Ventas", Set.of(Role.SALES));
        sql = context.getBean(TenantSql.class);
        transactions = context.getBean(TransactionTemplate.class);
        customers = context.getBean(CustomerService.class);
        store = context.getBean(AttributionStore.class);
    }

    /** A running campaign of the source with that code, made with SQL as the campaigns screen is another's. */
    long campaign(String name, String sourceCode) {
        return TestData.as(admin, () -> transactions.execute(status -> sql.client().sql("""
                        insert into campaign (name, channel, source_id, starts_on, status, created_at, updated_at)
                        select :name, 'EMAIL', id, date '2026-01-07', 'RUNNING', now(), now()
                        from marketing_source where code = :code returning id""")
                .param("name", name).param("code", sourceCode).query(Long.class).single()));
    }

    long sourceId(String code) {
        return TestData.as(admin, () -> transactions.execute(status -> sql.client()
                .sql("select id from marketing_source where code = :code").param("code", code)
                .query(Long.class).single()));
    }

    Customer customer(String name, CustomerSource source, String campaign, Customer referredBy, LifecycleStage stage) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(stage);
        customer.setSource(source);
        customer.setSourceCampaign(campaign);
        customer.setReferredBy(referredBy);
        return TestData.as(admin, () -> customers.save(customer));
    }

    Customer lead(String name) {
        return customer(name, CustomerSource.WEBSITE, null, null, LifecycleStage.LEAD);
    }

    Optional<Row> row(long customerId) {
        return TestData.as(admin, () -> transactions.execute(status -> store.find(customerId)));
    }

    void moveTo(Customer customer, LifecycleStage stage) {
        TestData.as(admin, () -> {
            Customer fresh = customers.find(customer.getId()).orElseThrow();
            fresh.setLifecycleStage(stage);
            return customers.save(fresh);
        });
    }
}
