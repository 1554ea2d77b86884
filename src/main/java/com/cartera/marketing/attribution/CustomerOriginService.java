package com.cartera.marketing.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import com.cartera.audit.FieldChange;
import com.cartera.customer.CustomerOrigins;
import com.cartera.customer.CustomerOrigins.Origin;
import com.cartera.customer.CustomerOrigins.Outcome;
import com.cartera.marketing.AttributionChanged;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.attribution.AttributionStore.Row;
import com.cartera.marketing.attribution.CustomerOrigin.Person;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's origin for the customer 360 page: everyone who sees the customer reads it; marketing and admins
 * correct the first touch by hand, which the audit trail keeps with who and when.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
class CustomerOriginService {

    private final AttributionStore store;
    private final CustomerOrigins customers;
    private final MarketingSources sources;
    private final Campaigns campaigns;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CustomerOriginService(AttributionStore store, CustomerOrigins customers, MarketingSources sources,
                          Campaigns campaigns, AuditLog auditLog, ApplicationEventPublisher events) {
        this.store = store;
        this.customers = customers;
        this.sources = sources;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The customer's origin; empty when the workspace has no record of it. */
    Optional<CustomerOrigin> origin(long customerId) {
        Optional<Row> found = store.find(customerId);
        List<Long> referred = store.referredBy(customerId);
        if (found.isEmpty() && referred.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.orElse(null);
        Long referrer = row == null ? null : row.referredById();
        var named = new ArrayList<>(referred);
        if (referrer != null) {
            named.add(referrer);
        }
        Map<Long, Outcome> people = customers.outcomes(named).stream()
                .collect(Collectors.toMap(Outcome::customerId, Function.identity()));
        return Optional.of(new CustomerOrigin(customerId,
                row == null ? null : source(row.firstSourceId()),
                row == null ? null : campaign(row.firstCampaignId()),
                row == null ? null : row.firstTouchAt(),
                row == null ? null : campaign(row.touchCampaignId()),
                row == null ? null : row.touchAt(),
                referrer == null ? null : person(people.get(referrer)),
                referred.stream().map(people::get).map(CustomerOriginService::person).filter(Objects::nonNull)
                        .toList()));
    }

    /**
     * Corrects the customer's first touch. A campaign brings its own source; without one a source is needed.
     *
     * @throws AttributionRefused naming the field when the customer, source or campaign is unknown or no source is
     *                            given
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    void correct(long customerId, Long sourceId, Long campaignId) {
        Origin origin = customers.of(List.of(customerId)).stream().findFirst()
                .orElseThrow(() -> new AttributionRefused("customer", "marketing.origin.error.customer-unknown"));
        Long source = sourceId;
        if (campaignId != null) {
            CampaignInfo campaign = campaigns.find(campaignId)
                    .orElseThrow(() -> new AttributionRefused("campaign", "marketing.origin.error.campaign-unknown"));
            source = campaign.sourceId();
        } else if (sourceId == null) {
            throw new AttributionRefused("source", "marketing.origin.error.source-required");
        } else if (sources.find(sourceId).isEmpty()) {
            throw new AttributionRefused("source", "marketing.origin.error.source-unknown");
        }
        Optional<Row> before = store.find(customerId);
        store.correctFirstTouch(customerId, source, campaignId, origin.createdAt());
        auditLog.record(AuditEntry.of("ATTRIBUTION_CORRECTED").entity("CUSTOMER_ATTRIBUTION", customerId)
                .customer(customerId)
                .changes(List.of(
                        new FieldChange("first_source_id", before.map(Row::firstSourceId).orElse(null), source),
                        new FieldChange("first_campaign_id", before.map(Row::firstCampaignId).orElse(null),
                                campaignId))));
        events.publishEvent(new AttributionChanged(TenantScope.require(), Set.of(customerId)));
    }

    private SourceInfo source(Long id) {
        return id == null ? null : sources.find(id).orElse(null);
    }

    private CampaignInfo campaign(Long id) {
        return id == null ? null : campaigns.find(id).orElse(null);
    }

    private static Person person(Outcome outcome) {
        return outcome == null || outcome.deleted() ? null : new Person(outcome.customerId(), outcome.name());
    }
}
