package com.cartera.support;

import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A workspace with an admin, a support agent and a customer, and tickets opened through the real service. */
final class SupportFixtures {

    final TestData data;
    final SignedInUser admin;
    final SignedInUser agent;
    final Customer customer;
    private final TicketService tickets;
    private final JdbcTemplate jdbc;

    SupportFixtures(ApplicationContext context, String company) {
        this.data = new TestData(context);
        this.tickets = context.getBean(TicketService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.admin = data.newWorkspace(company);
        this.agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte", Set.of(Role.SUPPORT));
        this.customer = data.customer(admin, "Ferretería Molina " + company, TestData.uniqueEmail("cliente"),
                LifecycleStage.ACTIVE);
    }

    static TicketDraft draft(long customerId, String subject) {
        return new TicketDraft(customerId, null, TicketType.INCIDENT, TicketChannel.PHONE, subject, "No arranca",
                TicketPriority.NORMAL, null, null, null, null);
    }

    Ticket open(String subject) {
        return TestData.as(agent, () -> tickets.open(draft(customer.getId(), subject)));
    }

    SignedInUser member(Role role) {
        return data.addMember(admin, TestData.uniqueEmail(role.name().toLowerCase()), "Persona " + role, Set.of(role));
    }

    /** Runs SQL in this workspace's schema, as time passing or another writer would change rows. */
    int sql(String statement, Object... arguments) {
        return jdbc.update(statement.replace("{schema}", admin.workspace().tenant().schema()), arguments);
    }
}
