package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The nightly job visits every active workspace with nobody signed in, each in its own tenant scope: scores
 * are quintiles within each workspace, never across them, and a workspace that fails does not stop the rest.
 */
@CarteraIntegrationTest
class NightlySegmentRecalculationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NightlySegmentRecalculation nightly;
    @Autowired
    CustomerService customerService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SegmentsProperties properties;

    @Test
    void everyWorkspaceIsRecomputedOnItsOwnAndABrokenOneDoesNotStopTheOthers() {
        var data = new TestData(context);
        var purchases = new Purchases(context);
        SignedInUser north = data.newWorkspace("Norte " + TestData.uniqueSlug("nor"));
        SignedInUser south = data.newWorkspace("Sur " + TestData.uniqueSlug("sur"));
        SignedInUser broken = data.newWorkspace("Roto " + TestData.uniqueSlug("rot"));
        Customer cheap = data.customer(north, "Barato", null, LifecycleStage.ACTIVE);
        Customer dear = data.customer(north, "Caro", null, LifecycleStage.ACTIVE);
        Customer alone = data.customer(south, "Único", null, LifecycleStage.ACTIVE);
        purchases.buy(north, cheap, LocalDate.parse("2026-01-10"), "100");
        purchases.buy(north, dear, LocalDate.parse("2026-01-10"), "200");
        purchases.buy(south, alone, LocalDate.parse("2026-01-10"), "150");
        // A tier gone stale (as if thresholds had changed without a recalculation): the night puts it right.
        purchases.execute(south, "update customer set tier_computed = 'STRATEGIC'");
        String brokenSchema = broken.workspace().tenant().schema();
        jdbc.execute("alter table " + brokenSchema + ".customer rename column rfm_segment to rfm_segment_broken");
        int failed;
        try {
            SecurityContextHolder.clearContext();
            failed = nightly.recalculateAllWorkspaces();
        } finally {
            jdbc.execute("alter table " + brokenSchema + ".customer rename column rfm_segment_broken to rfm_segment");
        }

        assertThat(failed).isGreaterThanOrEqualTo(1);
        // North ranks two customers: 100 scores ceil(5 × 1/2) = 3 and 200 scores 5. In south, 150 is alone: 5.
        // Ranked across both workspaces, 150 would have scored 4 and 100 only 2.
        assertThat(monetary(north, cheap)).isEqualTo((short) 3);
        assertThat(monetary(north, dear)).isEqualTo((short) 5);
        assertThat(monetary(south, alone)).isEqualTo((short) 5);
        assertThat(TestData.as(south, () -> customerService.find(alone.getId()).orElseThrow().getTierComputed()))
                .isEqualTo(ValueTier.LOW);
    }

    @Test
    void runsAtQuarterPastThreeUnlessConfiguredOtherwise() {
        assertThat(properties.nightlyCron()).isEqualTo("0 15 3 * * *");
        assertThat(new SegmentsProperties(null).nightlyCron()).isEqualTo("0 15 3 * * *");
    }

    private Short monetary(SignedInUser user, Customer customer) {
        return TestData.as(user, () -> customerService.find(customer.getId()).orElseThrow().getRfmMonetary());
    }
}
