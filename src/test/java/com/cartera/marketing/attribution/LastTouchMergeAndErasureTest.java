package com.cartera.marketing.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.marketing.CampaignTouched;
import com.cartera.marketing.TargetKind;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.TargetStatus;
import com.cartera.marketing.attribution.AttributionStore.Row;
import com.cartera.privacy.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign touch is kept only while a customer is a lead or prospect, so the one before conversion stays; merges
 * and erasure carry attribution along.
 */
@CarteraIntegrationTest
class LastTouchMergeAndErasureTest {

    private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-04T10:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    CustomerService customerService;
    @Autowired
    SavedViewService savedViews;
    @Autowired
    TargetLists targetLists;

    @Test
    void aTouchCountsWhileTheCustomerIsALeadAndTheOneBeforeConversionStays() {
        var fx = new AttributionFixtures(context, "Último toque");
        long newsletter = fx.campaign("Boletín de marzo", "EMAIL");
        long fair = fx.campaign("Feria de mayo", "TRADE_FAIR");
        Customer lead = fx.lead("Lead tocado");
        Customer prospect = fx.customer("Prospecto", CustomerSource.WEBSITE, null, null, LifecycleStage.PROSPECT);
        Customer active = fx.customer("Ya cliente", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);

        touch(fx, newsletter, Set.of(lead.getId(), prospect.getId(), active.getId()), MARCH);

        assertThat(fx.row(lead.getId()).orElseThrow().touchCampaignId()).isEqualTo(newsletter);
        assertThat(fx.row(prospect.getId()).orElseThrow().touchCampaignId()).isEqualTo(newsletter);
        assertThat(fx.row(active.getId()).orElseThrow().touchCampaignId()).as("a customer already").isNull();

        fx.moveTo(lead, LifecycleStage.ACTIVE);
        touch(fx, fair, Set.of(lead.getId(), prospect.getId()), MAY);

        Row converted = fx.row(lead.getId()).orElseThrow();
        assertThat(converted.touchCampaignId()).as("the touch before conversion stays").isEqualTo(newsletter);
        assertThat(converted.touchAt()).isEqualTo(MARCH);
        Row stillProspect = fx.row(prospect.getId()).orElseThrow();
        assertThat(stillProspect.touchCampaignId()).as("still a prospect: the later touch").isEqualTo(fair);
        assertThat(stillProspect.touchAt()).isEqualTo(MAY);
    }

    @Test
    void reachingATargetListsMembersSetsTheLeadsTouch() {
        var fx = new AttributionFixtures(context, "Lista");
        long newsletter = fx.campaign("Boletín de leads", "EMAIL");
        var lead = new Customer();
        lead.setName("Lead con permiso");
        lead.setEmail(TestData.uniqueEmail("lead"));
        lead.setMarketingConsent(true);
        lead.setLifecycleStage(LifecycleStage.LEAD);
        long leadId = TestData.as(fx.admin, () -> customerService.save(lead)).getId();
        TargetListSummary list = TestData.as(fx.marketer, () -> {
            SavedView leads = savedViews.create("Leads", true, new SavedViewDefinition(
                    CustomerFilter.NONE.withStages(Set.of(LifecycleStage.LEAD)), List.of(), List.of()));
            return targetLists.build(newsletter, TargetKind.SAVED_VIEW, leads.getId().toString(), "Leads");
        });

        int changed = TestData.as(fx.marketer, () -> targetLists.setStatus(list.id(), List.of(leadId),
                TargetStatus.CONTACTED));

        assertThat(changed).isEqualTo(1);
        assertThat(fx.row(leadId).orElseThrow().touchCampaignId()).isEqualTo(newsletter);
    }

    @Test
    void anOlderTouchArrivingLateDoesNotReplaceANewerOne() {
        var fx = new AttributionFixtures(context, "Toque tardío");
        long first = fx.campaign("Primera", "EMAIL");
        long second = fx.campaign("Segunda", "SOCIAL");
        Customer lead = fx.lead("Lead");

        touch(fx, second, Set.of(lead.getId()), MAY);
        touch(fx, first, Set.of(lead.getId()), MARCH);

        assertThat(fx.row(lead.getId()).orElseThrow().touchCampaignId()).isEqualTo(second);
    }

    @Test
    void theSurvivorKeepsTheEarliestFirstTouchAndTheMergedOnesReferrals() {
        var fx = new AttributionFixtures(context, "Fusión");
        long fair = fx.campaign("Feria antigua", "TRADE_FAIR");
        long newsletter = fx.campaign("Boletín", "EMAIL");
        Customer older = fx.customer("Duplicado antiguo", CustomerSource.EVENT, "Feria antigua", null,
                LifecycleStage.LEAD);
        Customer survivor = fx.customer("Superviviente", CustomerSource.WEBSITE, null, null, LifecycleStage.LEAD);
        Customer referredByOlder = fx.customer("Recomendado", CustomerSource.REFERRAL, null, older,
                LifecycleStage.LEAD);
        touch(fx, newsletter, Set.of(older.getId()), MARCH);
        Instant olderFirstTouch = fx.row(older.getId()).orElseThrow().firstTouchAt();

        TestData.as(fx.admin, () -> transactions.execute(status -> {
            events.publishEvent(new CustomersMerged(fx.admin.workspace().tenant(), older.getId(), survivor.getId()));
            return null;
        }));

        Row kept = fx.row(survivor.getId()).orElseThrow();
        assertThat(kept.firstCampaignId()).isEqualTo(fair);
        assertThat(kept.firstSourceId()).isEqualTo(fx.sourceId("TRADE_FAIR"));
        assertThat(kept.firstTouchAt()).isEqualTo(olderFirstTouch);
        assertThat(kept.touchCampaignId()).isEqualTo(newsletter);
        assertThat(fx.row(older.getId())).isEmpty();
        assertThat(fx.row(referredByOlder.getId()).orElseThrow().referredById()).isEqualTo(survivor.getId());
    }

    @Test
    void erasureForgetsWhoReferredThePersonAndKeepsTheSourceForTheFigures() {
        var fx = new AttributionFixtures(context, "Borrado");
        Customer friend = fx.customer("Amiga", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);
        Customer referred = fx.customer("A borrar", CustomerSource.REFERRAL, null, friend, LifecycleStage.LEAD);

        TestData.as(fx.admin, () -> personalData.erase(referred.getId()));

        Row row = fx.row(referred.getId()).orElseThrow();
        assertThat(row.referredById()).isNull();
        assertThat(row.firstSourceId()).isEqualTo(fx.sourceId("REFERRAL"));
    }

    private void touch(AttributionFixtures fx, long campaignId, Set<Long> customers, Instant at) {
        TestData.as(fx.marketer, () -> transactions.execute(status -> {
            events.publishEvent(new CampaignTouched(fx.admin.workspace().tenant(), campaignId, customers, at));
            return null;
        }));
    }
}
