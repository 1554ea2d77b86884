package com.cartera.marketing.attribution;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import com.cartera.marketing.AttributionModel;
import com.cartera.marketing.CampaignTouched;
import com.cartera.marketing.MarketingSettings;
import com.cartera.marketing.attribution.ReferralReport.Referrer;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer 360 "Origen" tab with its correction dialog, the marketing settings page and the referrals page. */
@CarteraIntegrationTest
class AttributionScreensTest extends KaribuTest {

    private AttributionFixtures fx;
    private SignedInUser management;

    @BeforeEach
    void aWorkspace() {
        fx = new AttributionFixtures(context, "Pantallas origen");
        management = data.addMember(fx.admin, com.cartera.TestData.uniqueEmail("direccion"), "Dora Dirección",
                Set.of(Role.MANAGEMENT));
    }

    @Test
    void theOriginTabShowsFirstTouchLastTouchAndReferralsAndMarketingCorrectsIt() {
        long fair = fx.campaign("Feria Agro", "TRADE_FAIR");
        long newsletter = fx.campaign("Boletín de junio", "EMAIL");
        Customer friend = fx.customer("Clienta que recomienda", CustomerSource.WEBSITE, null, null,
                LifecycleStage.ACTIVE);
        Customer customer = fx.customer("Nuevo lead", CustomerSource.REFERRAL, null, friend, LifecycleStage.LEAD);
        Instant june = Instant.parse("2026-06-10T09:00:00Z");
        com.cartera.TestData.as(fx.marketer, () -> context.getBean(TransactionTemplate.class).execute(status -> {
            context.publishEvent(
                    new CampaignTouched(fx.admin.workspace().tenant(), newsletter, Set.of(customer.getId()), june));
            return null;
        }));

        var panel = (OriginPanel) openSection(fx.marketer, OriginSection.class, customer.getId());
        assertThat(panel.firstTouch.getText()).startsWith("Recomendación, el ");
        assertThat(panel.lastTouch.getText()).isEqualTo("Boletín de junio, el 10 jun 2026");
        assertThat(panel.referredBy.getChildren().map(child -> ((Anchor) child).getHref()))
                .containsExactly("customers/" + friend.getId());
        assertThat(panel.referred.getText()).isEqualTo("Nadie");
        assertThat(panel.correct.isVisible()).isTrue();

        _click(panel.correct);
        OriginDialog dialog = _get(OriginDialog.class);
        dialog.campaign.setValue(null);
        dialog.source.setValue(null);
        _click(dialog.save);
        assertThat(dialog.source.isInvalid()).isTrue();
        assertThat(dialog.source.getErrorMessage()).isEqualTo("Elige la fuente o una campaña.");
        dialog.campaign.setValue(dialog.campaign.getListDataView().getItems()
                .filter(campaign -> campaign.id() == fair).findFirst().orElseThrow());
        assertThat(dialog.source.getValue().code()).isEqualTo("TRADE_FAIR");
        assertThat(dialog.source.isReadOnly()).isTrue();
        _click(dialog.save);
        assertThat(panel.firstTouch.getText()).startsWith("Feria · campaña Feria Agro, el ");

        var friendsPanel = (OriginPanel) openSection(fx.seller, OriginSection.class, friend.getId());
        assertThat(friendsPanel.correct.isVisible()).as("sales read only").isFalse();
        assertThat(friendsPanel.referred.getElement().getTextRecursively()).contains("Nuevo lead");
    }

    @Test
    void marketingChoosesTheAttributionModelAndManagementCannotOpenTheSettings() {
        login(fx.marketer);
        UI.getCurrent().navigate("settings/marketing");
        MarketingSettingsView view = _get(MarketingSettingsView.class);
        assertThat(view.attribution.getValue()).isEqualTo(AttributionModel.FIRST_TOUCH);
        assertThat(view.sources.getHref()).isEqualTo("settings/marketing/sources");

        view.attribution.setValue(AttributionModel.LAST_TOUCH);
        _click(view.save);

        assertThat(as(fx.marketer, () -> context.getBean(MarketingSettings.class).attribution()))
                .isEqualTo(AttributionModel.LAST_TOUCH);
    }

    @Test
    void theReferralsPageListsTopReferrersWithLinksForManagement() {
        Customer ana = fx.customer("Ana Recomienda", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);
        fx.customer("Lead de Ana", CustomerSource.REFERRAL, null, ana, LifecycleStage.LEAD);
        fx.lead("Lead de la web");

        login(management);
        UI.getCurrent().navigate("marketing/referrals");
        ReferralsView view = _get(ReferralsView.class);

        assertThat(GridKt._size(view.referrers)).isEqualTo(1);
        Referrer top = GridKt._get(view.referrers, 0);
        assertThat(top.customerId()).isEqualTo(ana.getId());
        assertThat(top.referred()).isEqualTo(1);
        assertThat(view.referredConversion.getText()).isEqualTo("0 de 1 (0 %)");
        assertThat(view.allConversion.getText()).isEqualTo("0 de 2 (0 %)");

        view.from.setValue(view.to.getValue().plusDays(3));
        assertThat(view.from.isInvalid()).isTrue();
    }
}
