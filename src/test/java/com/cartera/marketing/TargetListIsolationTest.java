package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomersMerged;
import com.cartera.marketing.target.ExclusionRow;
import com.cartera.marketing.target.MemberFilter;
import com.cartera.marketing.target.MemberRow;
import com.cartera.marketing.target.TargetMembers;
import com.cartera.privacy.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Lists stay in their workspace, and follow customers merged or erased. */
@CarteraIntegrationTest
class TargetListIsolationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TargetLists lists;
    @Autowired
    TargetMembers members;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anotherWorkspaceCanNeitherReadNorChangeAListOrItsMembers() {
        var ours = new ListFixtures(context, "Nuestra " + TestData.uniqueSlug("tl"));
        var theirs = new ListFixtures(context, "Suya " + TestData.uniqueSlug("tl"));
        long ana = ours.tagged("Ana Propia", "ana@example.org", null, true);
        long campaign = ours.campaign("Propia", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(ours.marketer, () -> lists.build(campaign, TargetKind.TAG,
                ours.tag.getId().toString(), "Propia"));

        TestData.as(theirs.marketer, () -> {
            assertThat(lists.find(list.id())).isEmpty();
            assertThat(lists.forCampaign(campaign)).isEmpty();
            assertThat(members.page(list.id(), MemberFilter.ALL, 0, 10)).isEmpty();
            assertThat(members.count(list.id(), MemberFilter.ALL)).isZero();
            assertThat(members.exclusions(list.id(), null, 0, 10)).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> TestData.as(theirs.marketer, () -> members.setStatus(list.id(), Set.of(ana),
                TargetStatus.CONVERTED))).isInstanceOf(org.springframework.orm.ObjectRetrievalFailureException.class);
        assertThat(TestData.as(ours.marketer, () -> lists.find(list.id()).orElseThrow().count(TargetStatus.TARGETED)))
                .isEqualTo(1);
    }

    @Test
    void theSurvivorOfAMergeTakesTheMergedCustomersPlaceAndTheCountsFollow() {
        var fx = new ListFixtures(context, "Fusión " + TestData.uniqueSlug("tl"));
        long survivor = fx.tagged("Ana Fusión", "ana@example.org", null, true);
        long duplicate = fx.tagged("Ana Fusión bis", "ana2@example.org", null, true);
        long onlyDuplicate = fx.customer("Luis Solo", "luis@example.org", null, true);
        long luisSurvivor = fx.customer("Luis Superviviente", null, null, false);
        TestData.as(fx.admin, () -> context.getBean(com.cartera.customer.PortfolioBulkService.class)
                .addTag(com.cartera.customer.CustomerSelection.picked(Set.of(onlyDuplicate)), fx.tag.getId()));
        long campaign = fx.campaign("Fusión", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Fusión"));
        assertThat(list.members()).isEqualTo(3);

        merge(fx, duplicate, survivor);
        merge(fx, onlyDuplicate, luisSurvivor);

        TestData.as(fx.marketer, () -> {
            assertThat(members.page(list.id(), MemberFilter.ALL, 0, 10)).extracting(MemberRow::customerId)
                    .containsExactly(survivor, luisSurvivor);
            assertThat(lists.find(list.id()).orElseThrow().members()).isEqualTo(2);
            return null;
        });
    }

    @Test
    void erasureTakesThePersonOffEveryList() {
        var fx = new ListFixtures(context, "Borrado " + TestData.uniqueSlug("tl"));
        long erased = fx.tagged("Ana Borrada", "ana@example.org", null, true);
        long excludedErased = fx.tagged("Bea Borrada", "bea@example.org", null, false);
        long kept = fx.tagged("Carla Queda", "carla@example.org", null, true);
        long campaign = fx.campaign("Borrado", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Borrado"));

        TestData.as(fx.admin, () -> personalData.erase(erased));
        TestData.as(fx.admin, () -> personalData.erase(excludedErased));

        TestData.as(fx.marketer, () -> {
            assertThat(members.page(list.id(), MemberFilter.ALL, 0, 10)).extracting(MemberRow::customerId)
                    .containsExactly(kept);
            assertThat(members.exclusions(list.id(), null, 0, 10)).extracting(ExclusionRow::customerId).isEmpty();
            TargetListSummary now = lists.find(list.id()).orElseThrow();
            assertThat(now.members()).isEqualTo(1);
            assertThat(now.excluded()).isZero();
            return null;
        });
    }

    private void merge(ListFixtures fx, long merged, long survivor) {
        TestData.as(fx.admin, () -> transactions.execute(status -> {
            events.publishEvent(new CustomersMerged(fx.admin.workspace().tenant(), merged, survivor));
            return null;
        }));
    }
}
