package com.cartera.marketing.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.attribution.ReferralReport.Conversion;
import com.cartera.marketing.attribution.ReferralReport.Referrer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Top referrers of a period and the conversion of referred leads beside all leads, counted by hand. */
@CarteraIntegrationTest
class ReferralsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Referrals referrals;
    @Autowired
    WorkspaceCalendar calendar;

    @Test
    void theTopReferrersAndTheConversionOfReferredLeads() {
        var fx = new AttributionFixtures(context, "Recomendaciones");
        Customer ana = fx.customer("Ana Recomienda", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);
        Customer bruno = fx.customer("Bruno Recomienda", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);
        Customer first = fx.customer("Primera de Ana", CustomerSource.REFERRAL, null, ana, LifecycleStage.LEAD);
        fx.customer("Segunda de Ana", CustomerSource.REFERRAL, null, ana, LifecycleStage.PROSPECT);
        fx.customer("De Bruno", CustomerSource.REFERRAL, null, bruno, LifecycleStage.LEAD);
        fx.lead("Lead sin recomendar");
        fx.moveTo(first, LifecycleStage.ACTIVE);

        ReferralReport report = TestData.as(fx.marketer, () -> {
            LocalDate today = calendar.today();
            return referrals.between(today, today.plusDays(1));
        });

        assertThat(report.top()).containsExactly(
                new Referrer(ana.getId(), "Ana Recomienda", 2, 1, BigDecimal.ZERO.setScale(2)),
                new Referrer(bruno.getId(), "Bruno Recomienda", 1, 0, BigDecimal.ZERO.setScale(2)));
        assertThat(report.referredLeads()).isEqualTo(new Conversion(3, 1));
        assertThat(report.allLeads()).isEqualTo(new Conversion(4, 1));
        assertThat(report.referredLeads().ratePercent()).isEqualByComparingTo("33.3");

        ReferralReport yesterday = TestData.as(fx.marketer, () -> {
            LocalDate today = calendar.today();
            return referrals.between(today.minusDays(1), today);
        });
        assertThat(yesterday.top()).isEmpty();
        assertThat(yesterday.allLeads()).isEqualTo(new Conversion(0, 0));
    }

    @Test
    void salesDoNotReadReferrals() {
        var fx = new AttributionFixtures(context, "Sin acceso");
        TestData.as(fx.seller, () -> {
            LocalDate today = LocalDate.of(2026, 1, 1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> referrals.between(today, today.plusDays(1)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }
}
