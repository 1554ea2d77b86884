package com.cartera.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.customer.CustomerList;
import com.cartera.customer.CustomerLists;
import com.cartera.customer.CustomersWithoutContact;
import com.cartera.customer.CustomersWithoutContact.Criteria;
import com.cartera.customer.CustomersWithoutContact.Found;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers without contact beyond their cadence, as the red alert of {@link AlertRules} reads it: a live customer,
 * not lost, whose tier has a cadence and whose last interaction (or, never contacted, their creation) is more
 * calendar days ago, in the workspace's zone, than the cadence. Admin and management see anyone's (owner null: the
 * team's); a salesperson only their own, whatever they ask.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class ContactCadence {

    /** How many there are and the first few, the longest without contact first. */
    public record Overdue(long count, List<Found> first) {
    }

    private record LastContact(long customerId, OffsetDateTime at) {
    }

    private final AlertRuleRepository rules;
    private final TenantSql sql;
    private final CustomersWithoutContact customers;
    private final WorkspaceCalendar calendar;
    private final CustomerLists lists;
    private final CurrentUser currentUser;

    ContactCadence(AlertRuleRepository rules, TenantSql sql, CustomersWithoutContact customers,
                   WorkspaceCalendar calendar, CustomerLists lists, CurrentUser currentUser) {
        this.lists = lists;
        this.rules = rules;
        this.sql = sql;
        this.customers = customers;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    /** The count of {@code owner}'s customers (null: everyone's) overdue for contact, and the {@code names} longest without contact. */
    public Overdue overdue(UUID owner, int names) {
        Criteria criteria = criteria(owner);
        if (criteria.cutoffs().isEmpty()) {
            return new Overdue(0, List.of());
        }
        return new Overdue(customers.count(criteria), customers.longestWithout(criteria, names));
    }

    /** Those customers as a list for the customer grid (the drill-down), named {@code label}. */
    @Transactional
    public CustomerList asList(UUID owner, String label) {
        Criteria criteria = criteria(owner);
        return lists.create(label, (offset, limit) -> criteria.cutoffs().isEmpty() ? List.of()
                : customers.ids(criteria, offset, limit));
    }

    /**
     * Per tier with a cadence, the start of the first day that is not yet too long ago: a last contact before it is
     * more than the cadence's days ago today.
     */
    static Map<ValueTier, Instant> cutoffs(List<AlertRule> rules, LocalDate today, ZoneId zone) {
        var cutoffs = new EnumMap<ValueTier, Instant>(ValueTier.class);
        for (AlertRule rule : rules) {
            if (rule.getCadenceDays() != null) {
                cutoffs.put(rule.getTier(), today.minusDays(rule.getCadenceDays()).atStartOfDay(zone).toInstant());
            }
        }
        return cutoffs;
    }

    private Criteria criteria(UUID owner) {
        UUID scope = ownerScope(owner);
        Map<ValueTier, Instant> cutoffs = cutoffs(rules.findAll(), calendar.today(), calendar.zone());
        if (cutoffs.isEmpty()) {
            return new Criteria(scope, cutoffs, Map.of());
        }
        var lastContacts = new HashMap<Long, Instant>();
        sql.client().sql("select customer_id, max(occurred_at) as at from interaction group by customer_id")
                .query(LastContact.class)
                .list()
                .forEach(contact -> lastContacts.put(contact.customerId(), contact.at().toInstant()));
        return new Criteria(scope, cutoffs, lastContacts);
    }

    private UUID ownerScope(UUID owner) {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT)) {
            return owner;
        }
        if (owner == null || owner.equals(user.userId())) {
            return user.userId();
        }
        throw new AccessDeniedException("Only management sees the customers of another owner");
    }
}
