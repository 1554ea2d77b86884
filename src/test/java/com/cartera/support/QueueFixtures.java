package com.cartera.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A support desk for the queue tests: {@link SupportFixtures}' workspace with a second agent, a salesperson, two
 * teams, two categories and a second customer; tickets opened through the real service, their timestamps moved
 * by SQL as time passing would.
 */
final class QueueFixtures {

    final SupportFixtures fx;
    final SignedInUser admin;
    final SignedInUser agent;
    final SignedInUser agent2;
    final SignedInUser sales;
    final Customer customer;
    final Customer other;
    final long hardware;
    final long billing;
    final long teamNorth;
    final long teamSouth;
    private final TicketService tickets;
    private final JdbcTemplate jdbc;

    QueueFixtures(ApplicationContext context, String company) {
        fx = new SupportFixtures(context, company);
        tickets = context.getBean(TicketService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        admin = fx.admin;
        agent = fx.agent;
        agent2 = fx.data.addMember(admin, TestData.uniqueEmail("soporte2"), "Bruno Soporte", java.util.Set.of(Role.SUPPORT));
        sales = fx.member(Role.SALES);
        customer = fx.customer;
        other = fx.data.customer(admin, "Panadería Ruiz " + company, TestData.uniqueEmail("otro"),
                LifecycleStage.ACTIVE);
        hardware = insertId("insert into {schema}.ticket_category (name, position) values ('Impresoras y equipos', 91) on conflict (name) do update set archived = false returning id");
        billing = insertId("insert into {schema}.ticket_category (name, position) values ('Cobros y recibos', 92) on conflict (name) do update set archived = false returning id");
        teamNorth = insertId("insert into {schema}.support_team (name) values ('Equipo Norte') on conflict (name) do update set archived = false returning id");
        teamSouth = insertId("insert into {schema}.support_team (name) values ('Equipo Sur') on conflict (name) do update set archived = false returning id");
    }

    private long insertId(String sql) {
        return jdbc.queryForObject(sql.replace("{schema}", admin.workspace().tenant().schema()), Long.class);
    }

    /** Opens a ticket as the first agent. */
    Ticket open(Customer on, String subject, TicketType type, TicketPriority priority, Long category, UUID assignee,
                Long team) {
        var draft = new TicketDraft(on.getId(), null, type, TicketChannel.EMAIL, subject, null, priority, category,
                null, assignee, team);
        return TestData.as(agent, () -> tickets.open(draft));
    }

    Ticket open(String subject, TicketPriority priority) {
        return open(customer, subject, TicketType.INCIDENT, priority, null, null, null);
    }

    /** Moves the ticket's opening back in time, as if opened {@code ago}. */
    void openedAgo(long ticketId, Duration ago) {
        fx.sql("update {schema}.ticket set opened_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(ago)), ticketId);
    }

    int sql(String statement, Object... arguments) {
        return fx.sql(statement, arguments);
    }
}
