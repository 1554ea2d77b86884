package com.cartera.analytics;

import java.time.YearMonth;
import java.util.UUID;

import com.cartera.customer.CustomerList;
import com.cartera.customer.CustomerLists;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a dashboard's figure into the list of exactly the customers behind it, kept by the customer module for its
 * grid ({@code /customers?list=<id>}). Who may call: as {@link PortfolioAnalytics} for the same figures (SALES only
 * their own customers; cohorts as {@link PortfolioAnalytics#cohorts}).
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES, Role.Names.FINANCE, Role.Names.MARKETING})
public class DrillDown {

    private static final int MAX_MONTHS_SINCE = 1200;

    private final PortfolioAnalytics analytics;
    private final CohortMembers cohorts;
    private final CustomerLists lists;
    private final MarketingAnalytics marketing;

    DrillDown(PortfolioAnalytics analytics, CohortMembers cohorts, CustomerLists lists, MarketingAnalytics marketing) {
        this.analytics = analytics;
        this.cohorts = cohorts;
        this.lists = lists;
        this.marketing = marketing;
    }

    /**
     * The new customers behind a CAC figure of {@code period}: with that first-touch source and credited campaign
     * (null: any), named {@code label}.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
    public CustomerList acquired(Period period, Long sourceId, Long campaignId, String label) {
        return lists.create(label, (offset, limit) -> marketing.newCustomers(period, sourceId, campaignId, offset,
                limit));
    }

    /**
     * The leads created in {@code period} behind a conversion figure (with that first-touch source and credited
     * campaign, null: any): those converted by today, or with {@code convertedOnly} false all of them.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
    public CustomerList leads(Period period, Long sourceId, Long campaignId, boolean convertedOnly, String label) {
        return lists.create(label, (offset, limit) -> marketing.leads(period, sourceId, campaignId, convertedOnly,
                offset, limit));
    }

    /** The customers {@code which} counts in {@code period} (owner null: the whole workspace), named {@code label}. */
    public CustomerList behind(Period period, KpiCount which, UUID owner, String label) {
        return lists.create(label, (offset, limit) -> analytics.customersBehind(period, which, owner, offset, limit));
    }

    /** The leads created in {@code period} that reached {@code stage} by its end, named {@code label}. */
    public CustomerList funnelStage(Period period, FunnelStage stage, UUID owner, String label) {
        return lists.create(label, (offset, limit) -> analytics.leadsAt(period, stage, owner, offset, limit));
    }

    /** The customers of cohort {@code cohort} who bought {@code monthsSince} months later, named {@code label}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE, Role.Names.MARKETING})
    public CustomerList cohortCell(YearMonth cohort, int monthsSince, String label) {
        if (monthsSince < 0 || monthsSince > MAX_MONTHS_SINCE) {
            throw new IllegalArgumentException("monthsSince must be between 0 and " + MAX_MONTHS_SINCE);
        }
        return lists.create(label, (offset, limit) -> cohorts.customers(cohort, monthsSince, offset, limit));
    }
}
