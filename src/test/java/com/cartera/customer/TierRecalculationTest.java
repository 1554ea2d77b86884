package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Value tiers on PostgreSQL: the purchase triggers tier each customer under the thresholds, a change of
 * thresholds re-tiers everyone at once, and a tier set by hand wins until it is cleared.
 */
@CarteraIntegrationTest
class TierRecalculationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkspaceSettingsService settingsService;
    @Autowired
    SegmentService segmentService;
    @Autowired
    CustomerService customerService;

    private TestData data;
    private SignedInUser admin;
    private Customer big;
    private Customer middle;
    private Customer small;
    private Customer none;

    @BeforeEach
    void customersWithRevenue() {
        data = new TestData(context);
        var purchases = new Purchases(context);
        admin = data.newWorkspace("Tiers " + TestData.uniqueSlug("tier"));
        big = data.customer(admin, "Big", null, LifecycleStage.ACTIVE);
        middle = data.customer(admin, "Middle", null, LifecycleStage.ACTIVE);
        small = data.customer(admin, "Small", null, LifecycleStage.ACTIVE);
        none = data.customer(admin, "None", null, LifecycleStage.LEAD);
        purchases.buy(admin, big, LocalDate.parse("2026-01-01"), "8000");
        purchases.buy(admin, big, LocalDate.parse("2026-02-01"), "4000");
        purchases.buy(admin, middle, LocalDate.parse("2026-01-15"), "3000");
        purchases.buy(admin, small, LocalDate.parse("2026-03-01"), "499.99");
    }

    @Test
    void purchasesTierCustomersUnderTheDefaultThresholds() {
        // Defaults: strategic from 10,000, key from 3,000, emerging from 500.
        assertThat(tier(big)).isEqualTo(ValueTier.STRATEGIC);
        assertThat(tier(middle)).isEqualTo(ValueTier.KEY);
        assertThat(tier(small)).isEqualTo(ValueTier.LOW);
        assertThat(tier(none)).isEqualTo(ValueTier.LOW);
    }

    @Test
    void newThresholdsReTierEveryoneInTheSameTransaction() {
        WorkspaceSettings settings = TestData.as(admin, settingsService::current);
        settings.setTierStrategicMin(new BigDecimal("15000"));
        settings.setTierKeyMin(new BigDecimal("2500"));
        settings.setTierEmergingMin(new BigDecimal("499.99"));

        WorkspaceSettings saved = TestData.as(admin, () -> settingsService.update(settings));

        assertThat(saved.getVersion()).isEqualTo(settings.getVersion() + 1);
        assertThat(saved.getUpdatedBy()).isEqualTo(admin.userId());
        assertThat(tier(big)).isEqualTo(ValueTier.KEY);
        assertThat(tier(middle)).isEqualTo(ValueTier.KEY);
        assertThat(tier(small)).isEqualTo(ValueTier.EMERGING);
        assertThat(tier(none)).isEqualTo(ValueTier.LOW);
    }

    @Test
    void thresholdsThatDoNotFallAreRefusedAndNothingChanges() {
        WorkspaceSettings settings = TestData.as(admin, settingsService::current);
        settings.setTierKeyMin(new BigDecimal("20000"));

        assertThatThrownBy(() -> TestData.as(admin, () -> settingsService.update(settings)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("settings.tier.order");
        assertThat(TestData.as(admin, settingsService::current).getTierKeyMin()).isEqualByComparingTo("3000");
        assertThat(tier(middle)).isEqualTo(ValueTier.KEY);
    }

    @Test
    void aStaleCopyIsAConflictAndOnlyManagementAndAdminMayChangeSettings() {
        WorkspaceSettings first = TestData.as(admin, settingsService::current);
        WorkspaceSettings second = TestData.as(admin, settingsService::current);
        first.setCurrency("USD");
        TestData.as(admin, () -> settingsService.update(first));
        second.setSalesEditAll(true);

        assertThatThrownBy(() -> TestData.as(admin, () -> settingsService.update(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(admin, settingsService::current).isSalesEditAll()).isFalse();

        SignedInUser director = data.addMember(admin, TestData.uniqueEmail("dir"), "Directora", Set.of(Role.MANAGEMENT));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ven"), "Vendedor", Set.of(Role.SALES));
        WorkspaceSettings fresh = TestData.as(director, settingsService::current);
        fresh.setSalesEditAll(true);
        assertThatThrownBy(() -> TestData.as(seller, () -> settingsService.update(fresh)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(director, () -> settingsService.update(fresh)).isSalesEditAll()).isTrue();
    }

    @Test
    void anOverrideWinsOverTheComputedTierSaysWhoAndWhenAndIsAudited() {
        long versionBefore = find(small).getVersion();

        TestData.as(admin, () -> {
            segmentService.overrideTier(small.getId(), ValueTier.STRATEGIC);
            return null;
        });

        Customer overridden = find(small);
        assertThat(overridden.getTier()).isEqualTo(ValueTier.STRATEGIC);
        assertThat(overridden.getTierComputed()).isEqualTo(ValueTier.LOW);
        assertThat(overridden.getTierOverride()).isEqualTo(ValueTier.STRATEGIC);
        assertThat(overridden.getTierOverrideBy()).isEqualTo(admin.userId());
        assertThat(overridden.getTierOverrideAt()).isNotNull();
        assertThat(overridden.getVersion()).isEqualTo(versionBefore + 1);
        assertThat(audits("\"from\": null, \"to\": \"STRATEGIC\", \"computed\": \"LOW\"")).isEqualTo(1);

        // A change of thresholds moves the computed tier; the override still wins.
        WorkspaceSettings settings = TestData.as(admin, settingsService::current);
        settings.setTierEmergingMin(new BigDecimal("100"));
        TestData.as(admin, () -> settingsService.update(settings));
        assertThat(find(small).getTierComputed()).isEqualTo(ValueTier.EMERGING);
        assertThat(find(small).getTier()).isEqualTo(ValueTier.STRATEGIC);

        TestData.as(admin, () -> {
            segmentService.overrideTier(small.getId(), null);
            return null;
        });

        Customer cleared = find(small);
        assertThat(cleared.getTier()).isEqualTo(ValueTier.EMERGING);
        assertThat(cleared.getTierOverride()).isNull();
        assertThat(cleared.getTierOverrideBy()).isNull();
        assertThat(cleared.getTierOverrideAt()).isNull();
        assertThat(cleared.getVersion()).isEqualTo(versionBefore + 2);
        assertThat(audits("\"from\": \"STRATEGIC\", \"to\": null, \"computed\": \"EMERGING\"")).isEqualTo(1);
    }

    @Test
    void marketingMayOverrideTiersSupportMayNot() {
        SignedInUser marketer = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marketing", Set.of(Role.MARKETING));
        SignedInUser supporter = data.addMember(admin, TestData.uniqueEmail("sop"), "Soporte", Set.of(Role.SUPPORT));

        assertThatThrownBy(() -> TestData.as(supporter, () -> {
            segmentService.overrideTier(middle.getId(), ValueTier.LOW);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(find(middle).getTier()).isEqualTo(ValueTier.KEY);

        TestData.as(marketer, () -> {
            segmentService.overrideTier(middle.getId(), ValueTier.LOW);
            return null;
        });
        assertThat(find(middle).getTier()).isEqualTo(ValueTier.LOW);
        assertThat(find(middle).getTierOverrideBy()).isEqualTo(marketer.userId());
    }

    @Test
    void aDeletedCustomerCannotBeOverridden() {
        TestData.as(admin, () -> {
            customerService.delete(none.getId(), find(none).getVersion());
            return null;
        });

        assertThatThrownBy(() -> TestData.as(admin, () -> {
            segmentService.overrideTier(none.getId(), ValueTier.KEY);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private Customer find(Customer customer) {
        return TestData.as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }

    private ValueTier tier(Customer customer) {
        return find(customer).getTier();
    }

    private long audits(String details) {
        return data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".audit_event where action = 'TIER_OVERRIDE' and customer_id = ? and details = cast(? as jsonb)",
                small.getId(), "{" + details + "}");
    }
}
