package com.cartera.marketing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignService;
import com.cartera.marketing.CampaignStatus;
import com.cartera.marketing.MarketingFixtures;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendKind;
import com.cartera.marketing.TargetKind;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaigns list, the new-campaign page and a campaign's page with its spend and the source question. */
@CarteraIntegrationTest
class CampaignViewsTest extends KaribuTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private SignedInUser admin;
    private SignedInUser marketing;
    private MarketingFixtures fixtures;
    private Campaign campaign;

    @BeforeEach
    void aCampaignWithSpend() {
        admin = data.newWorkspace("Vistas campañas " + TestData.uniqueSlug("vc"));
        marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing", Set.of(Role.MARKETING));
        fixtures = new MarketingFixtures(context);
        campaign = fixtures.campaign(admin, "Primavera", "WEB", MARCH_1, MARCH_31, "4000");
        fixtures.spend(admin, MARCH_1, "1000", SpendCategory.MEDIA, SpendKind.MARKETING, campaign.getId(), null);
        fixtures.spend(admin, MARCH_31, "2450", SpendCategory.EVENTS, SpendKind.MARKETING, campaign.getId(), null);
    }

    /** Stands in for the target lists page. */
    @PermitAll
    public static class ListsStandIn extends Div {
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void theListShowsWhatWasSpentAgainstTheBudgetAndFilters() {
        fixtures.campaign(admin, "Otoño", "TRADE_FAIR", LocalDate.of(2026, 10, 1), null, null);
        login(marketing);
        UI.getCurrent().navigate(CampaignsView.class);
        CampaignsView view = _get(CampaignsView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("Primavera", "Planificada", "E-mail", "Web",
                "86 %");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 1))).contains("3.450,00").contains("4.000,00");
        _setValue(view.text, "oto");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.text, "");
        _setValue(view.status, CampaignStatus.RUNNING);
        assertThat(GridKt._size(view.grid)).isZero();

        _click(view.newCampaign);
        assertThat(path()).isEqualTo("marketing/campaigns/new");
    }

    @Test
    void managementReadsCampaignsButCannotChangeThem() {
        SignedInUser boss = data.addMember(admin, TestData.uniqueEmail("dir"), "Diana Dirección", Set.of(Role.MANAGEMENT));
        login(boss);
        UI.getCurrent().navigate(CampaignsView.class);
        assertThat(_get(CampaignsView.class).newCampaign.isVisible()).isFalse();
        UI.getCurrent().navigate("marketing/campaigns/" + campaign.getId());
        CampaignView view = _get(CampaignView.class);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.form.isEnabled()).isFalse();
        assertThat(view.spendPanel.add.isVisible()).isFalse();
        assertThat(view.spendPanel.total.getText()).contains("3.450,00", "4.000,00");
    }

    @Test
    void aNewCampaignShowsWhatIsMissingThenOpensItsPage() {
        login(marketing);
        UI.getCurrent().navigate(NewCampaignView.class);
        NewCampaignView view = _get(NewCampaignView.class);
        _click(view.create);
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Escribe el nombre de la campaña.");

        _setValue(view.form.name, "primavera");
        _setValue(view.form.channel, CampaignChannel.SOCIAL);
        _setValue(view.form.source, view.form.source.getListDataView().getItems()
                .filter(s -> "SOCIAL".equals(s.code())).findFirst().orElseThrow());
        _click(view.create);
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Ya hay una campaña llamada «primavera».");

        _setValue(view.form.name, "Redes de verano");
        _setValue(view.form.startsOn, LocalDate.of(2026, 6, 1));
        _setValue(view.form.endsOn, LocalDate.of(2026, 5, 1));
        _click(view.create);
        assertThat(view.form.endsOn.getErrorMessage())
                .isEqualTo("La fecha de fin no puede ser anterior a la de inicio.");

        _setValue(view.form.endsOn, LocalDate.of(2026, 8, 31));
        _setValue(view.form.budget, new BigDecimal("-1"));
        _click(view.create);
        assertThat(view.form.budget.getErrorMessage()).isEqualTo("El presupuesto no puede ser negativo.");

        _setValue(view.form.budget, new BigDecimal("1500"));
        _setValue(view.form.targetKind, TargetKind.TIER);
        _setValue(view.form.target, view.form.target.getListDataView().getItems()
                .filter(option -> option.value().equals("KEY")).findFirst().orElseThrow());
        _click(view.create);
        CampaignView page = _get(CampaignView.class);
        assertThat(page.heading()).isEqualTo("Redes de verano");
        assertThat(page.form.target.getValue().value()).isEqualTo("KEY");
        assertThat(page.status.getValue()).isEqualTo(CampaignStatus.PLANNED);
    }

    @Test
    void changingTheSourceAsksWhetherTheBookedSpendMovesAlong() {
        login(marketing);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign.getId());
        CampaignView view = _get(CampaignView.class);
        assertThat(GridKt._size(view.spendPanel.grid)).isEqualTo(2);
        _setValue(view.form.source, view.form.source.getListDataView().getItems()
                .filter(s -> "TRADE_FAIR".equals(s.code())).findFirst().orElseThrow());
        _click(view.save);

        SourceChangeDialog question = _get(SourceChangeDialog.class);
        assertThat(question.text.getText()).matches("Hay 2 gastos \\(3\\.?450,00\\W€\\) apuntados en Web\\. "
                + "¿Pasarlos a Feria\\?");
        _click(question.cancel);
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".campaign where source_id = ?", fixtures.source(admin, "WEB"))).isOne();

        _click(view.save);
        _click(_get(SourceChangeDialog.class).move);
        _assertNoDialogs();
        long fair = fixtures.source(admin, "TRADE_FAIR");
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".marketing_spend where source_id = ?", fair)).isEqualTo(2);
        assertThat(view.form.source.getValue().id()).isEqualTo(fair);
    }

    @Test
    void aSaveAfterSomeoneElsesShowsTheConflictAndCanKeepTheseChanges() {
        login(marketing);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign.getId());
        CampaignView view = _get(CampaignView.class);
        as(admin, () -> context.getBean(CampaignService.class).changeStatus(campaign.getId(), campaign.getVersion(),
                CampaignStatus.RUNNING));

        _setValue(view.form.goal, "300 leads");
        _click(view.save);
        CampaignConflictDialog conflict = _get(CampaignConflictDialog.class);
        assertThat(conflict.who.getText()).startsWith(admin.displayName() + " la guardó el ");
        _click(conflict.keepMine);

        Campaign stored = as(admin, () -> context.getBean(CampaignService.class).find(campaign.getId()).orElseThrow());
        assertThat(stored.draft().goal()).isEqualTo("300 leads");
        assertThat(stored.getStatus()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    void spendIsBookedFromTheCampaignPageAndTheTargetListsAreOneClickAway() {
        login(marketing);
        UI.getCurrent().navigate("marketing/campaigns/" + campaign.getId());
        CampaignView view = _get(CampaignView.class);
        _click(view.spendPanel.add);
        SpendDialog dialog = view.spendPanel.dialog;
        assertThat(dialog.campaign.getValue().id()).isEqualTo(campaign.getId());
        assertThat(dialog.source.isEnabled()).isFalse();
        _setValue(dialog.spentOn, LocalDate.of(2026, 4, 1));
        _setValue(dialog.amount, new BigDecimal("50"));
        _setValue(dialog.category, SpendCategory.CONTENT);
        _click(dialog.save);
        assertThat(dialog.spentOn.getErrorMessage()).startsWith("La fecha ha de caer dentro de la campaña «Primavera»");

        _setValue(dialog.spentOn, LocalDate.of(2026, 3, 15));
        _click(dialog.save);
        assertThat(GridKt._size(view.spendPanel.grid)).isEqualTo(3);
        assertThat(view.spendPanel.total.getText()).contains("3.500,00");

        // The target lists page belongs to another part of marketing; a stand-in catches the navigation here.
        RouteConfiguration.forSessionScope().setRoute("marketing/campaigns/:id/lists", ListsStandIn.class);
        _click(view.targetLists);
        assertThat(path()).isEqualTo("marketing/campaigns/" + campaign.getId() + "/lists");
    }
}
