package com.cartera.marketing.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.customer.CustomerOrigins;
import com.cartera.customer.CustomerOrigins.LeadCount;
import com.cartera.customer.CustomerOrigins.Outcome;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.attribution.AttributionStore.Referral;
import com.cartera.marketing.attribution.ReferralReport.Conversion;
import com.cartera.marketing.attribution.ReferralReport.Referrer;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who referred whom in a period, read by marketing, admins and management: customers referred in the period are
 * those first touched in it (days in the workspace's zone) with a referrer on record.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
class Referrals {

    /** How many referrers the report lists. */
    static final int TOP = 20;

    private final AttributionStore store;
    private final CustomerOrigins customers;
    private final WorkspaceCalendar calendar;

    Referrals(AttributionStore store, CustomerOrigins customers, WorkspaceCalendar calendar) {
        this.store = store;
        this.customers = customers;
        this.calendar = calendar;
    }

    /** The referrals of the days [from, to). */
    ReferralReport between(LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.atStartOfDay(zone).toInstant();
        List<Referral> referrals = store.referralsBetween(start, end);
        var ids = new HashSet<Long>();
        referrals.forEach(referral -> {
            ids.add(referral.customerId());
            ids.add(referral.referredById());
        });
        Map<Long, Outcome> outcomes = customers.outcomes(ids).stream()
                .collect(Collectors.toMap(Outcome::customerId, Function.identity()));
        List<Referral> live = referrals.stream().filter(referral -> isLive(outcomes.get(referral.customerId())))
                .toList();
        List<Referrer> top = live.stream()
                .collect(Collectors.groupingBy(Referral::referredById))
                .entrySet().stream()
                .filter(entry -> isLive(outcomes.get(entry.getKey())))
                .map(entry -> referrer(outcomes.get(entry.getKey()), entry.getValue(), outcomes))
                .sorted(Comparator.comparingInt(Referrer::referred).reversed()
                        .thenComparing(Comparator.comparingInt(Referrer::converted).reversed())
                        .thenComparing(Referrer::revenue, Comparator.reverseOrder())
                        .thenComparing(Referrer::name))
                .limit(TOP)
                .toList();
        List<Outcome> referredLeads = live.stream().map(referral -> outcomes.get(referral.customerId()))
                .filter(Outcome::createdAsLead).toList();
        LeadCount all = customers.leadsCreated(start, end);
        return new ReferralReport(top,
                new Conversion(referredLeads.size(), referredLeads.stream().filter(Outcome::converted).count()),
                new Conversion(all.leads(), all.converted()));
    }

    private static Referrer referrer(Outcome who, List<Referral> theirs, Map<Long, Outcome> outcomes) {
        List<Outcome> referred = theirs.stream().map(referral -> outcomes.get(referral.customerId())).toList();
        return new Referrer(who.customerId(), who.name(), referred.size(),
                (int) referred.stream().filter(Outcome::converted).count(),
                referred.stream().map(Outcome::revenue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static boolean isLive(Outcome outcome) {
        return outcome != null && !outcome.deleted();
    }
}
