package com.cartera.customer;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value segments of the portfolio: manual tier overrides, recalculation on demand, and how customers and
 * revenue spread over tiers and RFM segments.
 */
@Service
@Transactional(readOnly = true)
public class SegmentService {

    /** Customers and their revenue (historical CLV) in one tier. */
    public record TierFigures(ValueTier tier, long customers, BigDecimal revenue) {
    }

    /** Customers and their revenue (historical CLV) in one RFM segment. */
    public record SegmentFigures(RfmSegment segment, long customers, BigDecimal revenue) {
    }

    private final CustomerRepository customers;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final SegmentRecalculation recalculation;
    private final TenantSql sql;

    SegmentService(CustomerRepository customers, CustomerPermissions permissions, CurrentUser currentUser,
                   AuditTrail auditTrail, SegmentRecalculation recalculation, TenantSql sql) {
        this.customers = customers;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.recalculation = recalculation;
        this.sql = sql;
    }

    /**
     * Pins a customer's value tier, or with {@code tier} null goes back to the computed one. Records who set
     * it and when, and counts as a change of the customer (its version moves on).
     *
     * @throws AccessDeniedException when the signed-in person may not override tiers
     * @throws ObjectOptimisticLockingFailureException when the customer is gone (deleted or merged)
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
            Role.Names.MANAGEMENT})
    public void overrideTier(long customerId, ValueTier tier) {
        Customer customer = customers.findDetailedById(customerId)
                .filter(live -> !live.isDeleted())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, customerId));
        permissions.require(Action.OVERRIDE_TIER, customer);
        sql.client().sql("""
                        update customer set tier_override = :tier, tier_override_by = :by,
                               tier_override_at = case when :tier is null then null else now() end,
                               version = version + 1
                        where id = :id""")
                .param("tier", tier == null ? null : tier.name(), Types.VARCHAR)
                .param("by", tier == null ? null : currentUser.require().userId(), Types.OTHER)
                .param("id", customerId)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", customer.getTierOverride() == null ? null : customer.getTierOverride().name());
        details.put("to", tier == null ? null : tier.name());
        details.put("computed", customer.getTierComputed().name());
        auditTrail.record("TIER_OVERRIDE", customerId, details);
    }

    /** Recomputes every customer's tier and RFM scores now instead of waiting for the night. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
    public SegmentChanges recalculateNow() {
        return recalculation.recalculate();
    }

    /** Live customers and revenue per tier in force (override or computed), every tier listed, highest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING, Role.Names.FINANCE,
            Role.Names.SALES})
    public List<TierFigures> tierDistribution() {
        Map<ValueTier, TierFigures> byTier = new EnumMap<>(ValueTier.class);
        for (ValueTier tier : ValueTier.values()) {
            byTier.put(tier, new TierFigures(tier, 0, BigDecimal.ZERO));
        }
        sql.client().sql("select tier, count(*) as customers, coalesce(sum(revenue), 0) as revenue from customer"
                        + " where deleted_at is null group by tier")
                .query(TierFigures.class)
                .list()
                .forEach(figures -> byTier.put(figures.tier(), figures));
        return List.copyOf(byTier.values());
    }

    /** Live customers and revenue per RFM segment, in the segments' order, segments without customers left out. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING, Role.Names.FINANCE,
            Role.Names.SALES})
    public List<SegmentFigures> segmentCounts() {
        Map<RfmSegment, SegmentFigures> bySegment = new EnumMap<>(RfmSegment.class);
        sql.client().sql("select rfm_segment as segment, count(*) as customers, coalesce(sum(revenue), 0) as revenue"
                        + " from customer where deleted_at is null and rfm_segment is not null group by rfm_segment")
                .query(SegmentFigures.class)
                .list()
                .forEach(figures -> bySegment.put(figures.segment(), figures));
        return List.copyOf(bySegment.values());
    }
}
