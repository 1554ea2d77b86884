package com.cartera.marketing.target.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.ListFixtures;
import com.cartera.marketing.TargetKind;
import com.cartera.security.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A campaign's lists page: the new-list form with its preview of who would be left out, and the lists. */
@CarteraIntegrationTest
class CampaignListsViewTest extends KaribuTest {

    private ListFixtures fx;
    private long campaign;

    @BeforeEach
    void aCampaignAimingAtATag() {
        fx = new ListFixtures(context, "Vista listas " + TestData.uniqueSlug("vl"));
        fx.tagged("Ana Abril", "ana@example.org", null, true);
        fx.tagged("Bruno Bravo", "bruno@example.org", null, false);
        fx.tagged("Carla Cano", null, "+34 600 000 003", true);
        fx.tagged("Dario Duque", null, null, true);
        campaign = fx.campaign("Boletín de otoño", CampaignChannel.EMAIL);
    }

    @Test
    void theFormStartsFromTheCampaignsAudienceShowsWhoWouldBeLeftOutAndBuildsTheList() {
        login(fx.marketer);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign + "/lists");
        CampaignListsView view = _get(CampaignListsView.class);

        assertThat(view.title.getText()).isEqualTo("Listas de «Boletín de otoño»");
        assertThat(view.reachRule.getText()).startsWith("Solo entran los clientes con consentimiento de marketing y e-mail");
        assertThat(view.newList.kind.getValue()).isEqualTo(TargetKind.TAG);
        assertThat(view.newList.value.getValue().label()).isEqualTo("Boletín");
        assertThat(view.newList.preview.getText()).isEqualTo("4 clientes en la selección: 1 entrarían en la lista y 3"
                + " quedarían fuera (1 sin consentimiento de marketing, 2 sin forma de contactarlos).");
        assertThat(GridKt._size(view.lists)).isZero();

        view.newList.name.setValue("Boletín noviembre");
        _click(view.newList.build);

        assertThat(GridKt._size(view.lists)).isEqualTo(1);
        var built = GridKt._get(view.lists, 0);
        assertThat(built.name()).isEqualTo("Boletín noviembre");
        assertThat(built.members()).isEqualTo(1);
        assertThat(built.excluded()).isEqualTo(3);
    }

    @Test
    void aBlankNameIsRefusedOnTheFieldAndOtherSelectionsCanBeChosen() {
        login(fx.marketer);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign + "/lists");
        CampaignListsView view = _get(CampaignListsView.class);

        view.newList.name.clear();
        _click(view.newList.build);
        assertThat(view.newList.name.isInvalid()).isTrue();
        assertThat(view.newList.name.getErrorMessage()).isEqualTo("Escribe el nombre de la lista");

        view.newList.kind.setValue(TargetKind.TIER);
        assertThat(view.newList.value.getListDataView().getItems().map(choice -> choice.label()))
                .containsExactly("Estratégico", "Clave", "Emergente", "Bajo valor");
        assertThat(view.newList.preview.getText()).isEqualTo("Elige una selección para ver cuántos clientes tiene.");
    }

    @Test
    void managementReadsTheListsWithoutTheFormAndUnknownCampaignsLeadHome() {
        var management = fx.data.addMember(fx.admin, TestData.uniqueEmail("dir"), "Diego Dirección",
                Set.of(Role.MANAGEMENT));
        TestData.as(fx.marketer, () -> context.getBean(com.cartera.marketing.TargetLists.class)
                .build(campaign, TargetKind.TAG, fx.tag.getId().toString(), "Para dirección"));
        login(management);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign + "/lists");
        CampaignListsView view = _get(CampaignListsView.class);

        assertThat(view.newList).isNull();
        assertThat(GridKt._size(view.lists)).isEqualTo(1);
        assertThat(GridKt._get(view.lists, 0).name()).isEqualTo("Para dirección");

        UI.getCurrent().navigate("marketing/campaigns/" + (campaign + 999) + "/lists");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isNotEqualTo(
                "marketing/campaigns/" + (campaign + 999) + "/lists");
    }
}
