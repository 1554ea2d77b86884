package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.marketing.target.ExclusionRow;
import com.cartera.marketing.target.MemberFilter;
import com.cartera.marketing.target.MemberRow;
import com.cartera.marketing.target.TargetMembers;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Building target lists: consent and address filtering, the frozen selection, bulk status and who may. */
@CarteraIntegrationTest
@RecordApplicationEvents
class TargetListsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TargetLists lists;
    @Autowired
    TargetMembers members;
    @Autowired
    SavedViewService savedViews;
    @Autowired
    ApplicationEvents events;

    @Test
    void onlyCustomersWithConsentAndAnAddressJoinAndTheRestAreCountedWithTheReason() {
        var fx = new ListFixtures(context, "Consentimiento " + TestData.uniqueSlug("tl"));
        long willing = fx.tagged("Ana Abril", "ana@example.org", null, true);
        long refused = fx.tagged("Bruno Bravo", "bruno@example.org", "+34 600 000 002", false);
        long phoneOnly = fx.tagged("Carla Cano", null, "+34 600 000 003", true);
        long unreachable = fx.tagged("Dario Duque", null, null, true);
        fx.customer("Elena sin etiqueta", "elena@example.org", null, true);
        long byEmail = fx.campaign("Boletín de otoño", CampaignChannel.EMAIL);
        long byPhone = fx.campaign("Llamadas de otoño", CampaignChannel.PHONE);

        TargetListSummary email = TestData.as(fx.marketer, () -> lists.build(byEmail, TargetKind.TAG,
                fx.tag.getId().toString(), "Boletín"));
        TargetListSummary phone = TestData.as(fx.marketer, () -> lists.build(byPhone, TargetKind.TAG,
                fx.tag.getId().toString(), "Llamadas"));

        assertThat(email.members()).isEqualTo(1);
        assertThat(email.excluded()).isEqualTo(3);
        assertThat(email.count(TargetStatus.TARGETED)).isEqualTo(1);
        assertThat(email.label()).isEqualTo("Boletín");
        assertThat(phone.members()).isEqualTo(2);
        assertThat(phone.excluded()).isEqualTo(2);
        TestData.as(fx.marketer, () -> {
            assertThat(members.page(email.id(), MemberFilter.ALL, 0, 10)).extracting(MemberRow::customerId)
                    .containsExactly(willing);
            assertThat(members.exclusions(email.id(), null, 0, 10))
                    .extracting(ExclusionRow::customerId, ExclusionRow::reason)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(refused, ExclusionReason.NO_CONSENT),
                            org.assertj.core.groups.Tuple.tuple(phoneOnly, ExclusionReason.NO_ADDRESS),
                            org.assertj.core.groups.Tuple.tuple(unreachable, ExclusionReason.NO_ADDRESS));
            assertThat(members.exclusionCounts(email.id())).containsEntry(ExclusionReason.NO_CONSENT, 1)
                    .containsEntry(ExclusionReason.NO_ADDRESS, 2);
            assertThat(members.page(phone.id(), MemberFilter.ALL, 0, 10)).extracting(MemberRow::customerId)
                    .containsExactly(willing, phoneOnly);
            assertThat(lists.forCampaign(byEmail)).singleElement().isEqualTo(email);
            return null;
        });
    }

    @Test
    void theListIsFrozenWhenBuiltACustomerAddedToTheSavedViewLaterIsNoMember() {
        var fx = new ListFixtures(context, "Congelada " + TestData.uniqueSlug("tl"));
        long before = fx.customer("Zacarías Congelado", "zc@example.org", null, true);
        SavedView view = TestData.as(fx.admin, () -> savedViews.create("Congelados", true,
                new SavedViewDefinition(CustomerFilter.NONE.withText("Congelado"), List.of(), List.of())));
        long campaign = fx.campaign("Invierno", CampaignChannel.EMAIL);
        Instant start = Instant.now();

        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.SAVED_VIEW,
                view.getId().toString(), "Invierno"));
        fx.customer("Yolanda Congelado", "yc@example.org", null, true);

        assertThat(list.frozenAt()).isBetween(start.minusSeconds(1), Instant.now());
        assertThat(list.label()).isEqualTo("Congelados");
        TestData.as(fx.marketer, () -> {
            assertThat(members.page(list.id(), MemberFilter.ALL, 0, 10)).extracting(MemberRow::customerId)
                    .containsExactly(before);
            assertThat(lists.find(list.id()).orElseThrow().members()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void bulkStatusChangesPickedOrMatchingMembersAndReportsTheTouchToAttribution() {
        var fx = new ListFixtures(context, "Estados " + TestData.uniqueSlug("tl"));
        long ana = fx.tagged("Ana Estado", "ana@example.org", null, true);
        long bea = fx.tagged("Bea Estado", "bea@example.org", null, true);
        long carlos = fx.tagged("Carlos Otro", "carlos@example.org", null, true);
        long campaign = fx.campaign("Primavera", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Primavera"));
        events.clear();

        int picked = TestData.as(fx.marketer, () -> members.setStatus(list.id(), Set.of(ana), TargetStatus.CONTACTED));
        int matching = TestData.as(fx.marketer, () -> members.setStatusOfMatching(list.id(),
                new MemberFilter(Set.of(TargetStatus.TARGETED), "estado"), TargetStatus.RESPONDED));
        int unsubscribed = TestData.as(fx.marketer, () -> members.setStatus(list.id(), Set.of(carlos),
                TargetStatus.UNSUBSCRIBED));

        assertThat(picked).isEqualTo(1);
        assertThat(matching).isEqualTo(1);
        assertThat(unsubscribed).isEqualTo(1);
        TargetListSummary now = TestData.as(fx.marketer, () -> lists.find(list.id()).orElseThrow());
        assertThat(now.count(TargetStatus.CONTACTED)).isEqualTo(1);
        assertThat(now.count(TargetStatus.RESPONDED)).isEqualTo(1);
        assertThat(now.count(TargetStatus.UNSUBSCRIBED)).isEqualTo(1);
        assertThat(events.stream(CampaignTouched.class)).extracting(CampaignTouched::customerIds)
                .containsExactly(Set.of(ana), Set.of(bea));
        assertThat(events.stream(CampaignTouched.class)).allSatisfy(touched -> {
            assertThat(touched.campaignId()).isEqualTo(campaign);
            assertThat(touched.tenant()).isEqualTo(fx.admin.workspace().tenant());
        });
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOnlyMarketingAndAdminBuild() {
        var fx = new ListFixtures(context, "Entradas " + TestData.uniqueSlug("tl"));
        long campaign = fx.campaign("Verano", CampaignChannel.EMAIL);
        var sales = fx.data.addMember(fx.admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        var management = fx.data.addMember(fx.admin, TestData.uniqueEmail("dir"), "Diego Dirección",
                Set.of(Role.MANAGEMENT));
        String tag = fx.tag.getId().toString();

        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG, tag, " ")))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG, tag,
                "x".repeat(121)))).isInstanceOfSatisfying(FieldRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketing.list.name.too-long"));
        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.RFM_SEGMENT,
                "NOT_A_SEGMENT", "Mal"))).isInstanceOfSatisfying(FieldRejectedException.class,
                e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> lists.build(campaign + 999, TargetKind.TAG, tag,
                "Sin campaña"))).isInstanceOfSatisfying(FieldRejectedException.class,
                e -> assertThat(e.field()).isEqualTo("campaign"));
        assertThatThrownBy(() -> TestData.as(sales, () -> lists.build(campaign, TargetKind.TAG, tag, "Ventas")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(management, () -> lists.build(campaign, TargetKind.TAG, tag, "Dir")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> lists.forCampaign(campaign)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(management, () -> lists.forCampaign(campaign))).isEmpty();
    }
}
