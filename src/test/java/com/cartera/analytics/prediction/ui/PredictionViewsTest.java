package com.cartera.analytics.prediction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.analytics.prediction.PredictionService.ChurnRow;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.NextBestActions;
import com.cartera.customer.Purchases;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The churn-risk list, the model page, the 360 tab and the reactivation hint over three customers: Alba (the
 * salesperson's) bought every 40 days and stopped 210 days ago, Bruno buys every 10 days up to 10 days ago, Carla once,
 * 5 days ago.
 */
@CarteraIntegrationTest
class PredictionViewsTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private Customer alba;

    @BeforeEach
    void threeCustomersFitted() {
        admin = data.newWorkspace("Predicción " + TestData.uniqueSlug("pred"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Sara Ventas", Set.of(Role.SALES));
        var purchases = new Purchases(context);
        // Days counted as the refit counts them: today in the workspace's zone, from the application's clock.
        LocalDate today = TestData.as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        alba = data.customer(admin, "Alba", null, LifecycleStage.ACTIVE);
        for (int daysAgo = 410; daysAgo >= 210; daysAgo -= 40) {
            purchases.buy(admin, alba, today.minusDays(daysAgo), "100");
        }
        purchases.execute(admin, "update customer set owner_id = '" + seller.userId() + "' where id = " + alba.getId());
        Customer bruno = data.customer(admin, "Bruno", null, LifecycleStage.ACTIVE);
        for (int daysAgo = 30; daysAgo >= 10; daysAgo -= 10) {
            purchases.buy(admin, bruno, today.minusDays(daysAgo), "50");
        }
        Customer carla = data.customer(admin, "Carla", null, LifecycleStage.ACTIVE);
        purchases.buy(admin, carla, today.minusDays(5), "80");
        TestData.as(admin, () -> context.getBean(PredictionService.class).refitNow());
    }

    private ChurnRiskView openList(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("analytics/churn-risk");
        MockVaadin.clientRoundtrip(false);
        return _get(ChurnRiskView.class);
    }

    @Test
    void theListShowsEveryScoredCustomerWithTheReasonsInWordsHighestRiskFirst() {
        ChurnRiskView view = openList(admin);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        ChurnRow first = GridKt._get(view.grid, 0);
        assertThat(first.customerName()).isEqualTo("Alba");
        assertThat(first.ownerName()).isEqualTo("Sara Ventas");
        assertThat(GridKt._getFormatted(view.grid, 0, "reasons"))
                .contains("compraba cada ~40 días; lleva 210 sin comprar");
        assertThat(view.basis.getText()).contains("CLV predictivo a 12 meses");

        view.tier.setValue(ValueTier.STRATEGIC);
        assertThat(GridKt._size(view.grid)).isZero();
        view.tier.clear();
        view.owner.setValue(view.owner.getListDataView().getItems()
                .filter(member -> member.getUserId().equals(seller.userId())).findFirst().orElseThrow());
        assertThat(GridKt._findAll(view.grid)).extracting(ChurnRow::customerName).containsExactly("Alba");
    }

    @Test
    void onAPhoneTheListKeepsOnlyTheCustomerTheScoreAndTheReasons() {
        ChurnRiskView view = openList(admin);

        view.fitWidth(390);
        assertThat(view.grid.getColumns().stream().filter(column -> column.isVisible()).map(column -> column.getKey()))
                .containsExactly("customer", "score", "reasons");
        view.fitWidth(1440);
        assertThat(view.grid.getColumns()).allMatch(column -> column.isVisible());
    }

    @Test
    void salesSeeOnlyTheirOwnCustomers() {
        ChurnRiskView view = openList(data.inWorkspaceOf(seller, admin));
        assertThat(view.owner.isVisible()).isFalse();
        assertThat(GridKt._findAll(view.grid)).extracting(ChurnRow::customerName).containsExactly("Alba");
    }

    @Test
    void theModelPageShowsTheFitAndOnlyAdminsRefit() {
        login(admin);
        UI.getCurrent().navigate("analytics/model");
        PredictionModelView view = _get(PredictionModelView.class);
        assertThat(view.bgNbd.getText()).startsWith("BG/NBD: r = ");
        assertThat(view.customers.getText()).isEqualTo("3 clientes con compras, todos en el ajuste.");
        assertThat(view.fitted.getText()).contains(" con las compras hasta el ");
        assertThat(view.refit.isVisible()).isTrue();
        _click(view.refit);

        SignedInUser manager = data.inWorkspaceOf(
                data.addMember(admin, TestData.uniqueEmail("dir"), "Diego Dirección", Set.of(Role.MANAGEMENT)), admin);
        login(manager);
        UI.getCurrent().navigate("analytics/model");
        assertThat(_get(PredictionModelView.class).refit.isVisible()).isFalse();
        assertThatThrownBy(() -> context.getBean(PredictionService.class).refitNow())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCustomerPageShowsTheReasonAndProposesAReactivationFollowUp() {
        var panel = openSection(admin, PredictionSection.class, alba.getId());
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("churn-reasons")).getText())
                .contains("compraba cada ~40 días; lleva 210 sin comprar");
        var hint = TestData.as(admin, () -> context.getBean(NextBestActions.class).mostUrgent(alba));
        assertThat(hint).hasValueSatisfying(action ->
                assertThat(action.messageKey()).isEqualTo("prediction.hint.reactivate"));
    }
}
