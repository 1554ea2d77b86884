package com.cartera.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolio data for tests that the services do not write themselves: purchases (whose triggers fill in a
 * customer's last purchase, revenue and tier), follow-up alerts, and direct reads of the workspace's tables.
 * Native SQL runs through the entity manager inside a transaction, so it lands in the user's workspace schema.
 */
public final class PortfolioFixtures {

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final CustomerService customers;
    private final TagService tags;
    private final TeamDirectory team;

    public PortfolioFixtures(ApplicationContext context) {
        this.entityManager = context.getBean(EntityManager.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.customers = context.getBean(CustomerService.class);
        this.tags = context.getBean(TagService.class);
        this.team = context.getBean(TeamDirectory.class);
    }

    /** A customer with the given place, sector, owner (null for none) and tags, saved by {@code user}. */
    public Customer customer(SignedInUser user, String name, LifecycleStage stage, String city, String region,
                             String sector, TeamMember owner, Tag... carried) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(stage);
        customer.setCity(city);
        customer.setRegion(region);
        customer.setSector(sector);
        customer.setOwner(owner);
        customer.setTags(Set.of(carried));
        return TestData.as(user, () -> customers.save(customer));
    }

    public TeamMember member(SignedInUser admin, SignedInUser who) {
        return TestData.as(admin, () -> team.find(who.userId()).orElseThrow());
    }

    public Tag tag(SignedInUser user, String name, String colour) {
        return TestData.as(user, () -> tags.create(name, colour));
    }

    public void purchase(SignedInUser user, Customer customer, LocalDate on, String total) {
        sql(user, "insert into purchase (customer_id, purchased_on, channel, total) values (?1, ?2, 'STORE', ?3)",
                customer.getId(), on, new BigDecimal(total));
    }

    public void alert(SignedInUser user, Customer customer, AlertColour colour, String reason) {
        sql(user, "update customer set alert_colour = ?1, alert_reason = ?2 where id = ?3", colour.name(), reason,
                customer.getId());
    }

    public void sql(SignedInUser user, String statement, Object... parameters) {
        TestData.as(user, () -> transactions.execute(status -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }));
    }

    /** The rows of a native query in the user's workspace. */
    @SuppressWarnings("unchecked")
    public List<Object> rows(SignedInUser user, String query, Object... parameters) {
        return TestData.as(user, () -> transactions.execute(status -> {
            var nativeQuery = entityManager.createNativeQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                nativeQuery.setParameter(i + 1, parameters[i]);
            }
            return (List<Object>) nativeQuery.getResultList();
        }));
    }

    public long count(SignedInUser user, String query, Object... parameters) {
        return ((Number) rows(user, query, parameters).getFirst()).longValue();
    }
}
