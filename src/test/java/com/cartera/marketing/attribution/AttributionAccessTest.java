package com.cartera.marketing.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import com.cartera.marketing.AttributionModel;
import com.cartera.marketing.MarketingSettings;
import com.cartera.marketing.attribution.AttributionStore.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attribution setting reads back what was saved; a first touch is corrected by marketing with an audit entry;
 * another workspace neither reads nor changes a customer's origin or the settings.
 */
@CarteraIntegrationTest
class AttributionAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MarketingSettings settings;
    @Autowired
    CustomerOriginService origins;

    @Test
    void theAttributionModelIsFirstTouchByDefaultAndReadsBackWhatWasSavedBothWays() {
        var fx = new AttributionFixtures(context, "Ajustes");

        TestData.as(fx.marketer, () -> {
            MarketingSettings.Current initial = settings.current();
            assertThat(initial.attribution()).isEqualTo(AttributionModel.FIRST_TOUCH);
            MarketingSettings.Current last = settings.update(AttributionModel.LAST_TOUCH, initial.version());
            assertThat(settings.attribution()).isEqualTo(AttributionModel.LAST_TOUCH);
            assertThatThrownBy(() -> settings.update(AttributionModel.FIRST_TOUCH, initial.version()))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(settings.attribution()).isEqualTo(AttributionModel.LAST_TOUCH);
            settings.update(AttributionModel.FIRST_TOUCH, last.version());
            assertThat(settings.attribution()).isEqualTo(AttributionModel.FIRST_TOUCH);
            return null;
        });
        TestData.as(fx.seller, () -> {
            long version = settings.current().version();
            assertThatThrownBy(() -> settings.update(AttributionModel.LAST_TOUCH, version))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(fx.data.count("select count(*) from " + fx.admin.workspace().tenant().schema()
                + ".audit_event where entity_type = 'MARKETING_SETTINGS'")).isEqualTo(2);
    }

    @Test
    void marketingCorrectsAFirstTouchAndTheTrailKeepsWhoDidIt() {
        var fx = new AttributionFixtures(context, "Corrección");
        long fair = fx.campaign("Feria de otoño", "TRADE_FAIR");
        Customer customer = fx.customer("Mal atribuido", CustomerSource.WEBSITE, null, null, LifecycleStage.LEAD);

        TestData.as(fx.marketer, () -> {
            origins.correct(customer.getId(), fx.sourceId("WEB"), fair);
            return null;
        });

        Row row = fx.row(customer.getId()).orElseThrow();
        assertThat(row.firstCampaignId()).isEqualTo(fair);
        assertThat(row.firstSourceId()).as("the campaign's source").isEqualTo(fx.sourceId("TRADE_FAIR"));
        assertThat(fx.data.count("select count(*) from " + fx.admin.workspace().tenant().schema()
                        + ".audit_event where action = 'ATTRIBUTION_CORRECTED' and customer_id = ? and actor_id = ?",
                customer.getId(), fx.marketer.userId())).isEqualTo(1);

        TestData.as(fx.marketer, () -> {
            assertThatThrownBy(() -> origins.correct(customer.getId(), null, null))
                    .isInstanceOfSatisfying(AttributionRefused.class,
                            refused -> assertThat(refused.field()).isEqualTo("source"));
            assertThatThrownBy(() -> origins.correct(customer.getId(), null, 999_999L))
                    .isInstanceOfSatisfying(AttributionRefused.class,
                            refused -> assertThat(refused.field()).isEqualTo("campaign"));
            return null;
        });
        TestData.as(fx.seller, () -> {
            assertThat(origins.origin(customer.getId())).isPresent();
            assertThatThrownBy(() -> origins.correct(customer.getId(), fx.sourceId("WEB"), null))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void anotherWorkspaceNeitherReadsNorChangesAnOriginOrTheSettings() {
        var ours = new AttributionFixtures(context, "Nuestro");
        var theirs = new AttributionFixtures(context, "Suyo");
        Customer customer = ours.customer("Nuestro cliente", CustomerSource.WEBSITE, null, null, LifecycleStage.LEAD);
        long ourWeb = ours.sourceId("WEB");

        TestData.as(theirs.marketer, () -> {
            assertThat(origins.origin(customer.getId())).isEmpty();
            assertThatThrownBy(() -> origins.correct(customer.getId(), theirs.sourceId("SOCIAL"), null))
                    .isInstanceOf(AttributionRefused.class);
            settings.update(AttributionModel.LAST_TOUCH, settings.current().version());
            return null;
        });

        assertThat(ours.row(customer.getId()).orElseThrow().firstSourceId()).isEqualTo(ourWeb);
        assertThat(TestData.as(ours.marketer, () -> settings.attribution())).isEqualTo(AttributionModel.FIRST_TOUCH);
    }
}
