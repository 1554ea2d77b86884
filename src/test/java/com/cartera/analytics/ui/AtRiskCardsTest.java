package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.base.ui.chart.Chart;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers at risk on the management and sales homes, from the churn model: Alba (the salesperson's) bought every
 * 40 days and stopped 210 days ago, Bruno buys every 10 days, Carla bought once 5 days ago.
 */
class AtRiskCardsTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private Customer alba;

    @BeforeEach
    void threeCustomersFitted() {
        admin = data.newWorkspace("Riesgo " + TestData.uniqueSlug("risk"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Sara Ventas", Set.of(Role.SALES));
        var purchases = new Purchases(context);
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
        purchases.buy(admin, data.customer(admin, "Carla", null, LifecycleStage.ACTIVE), today.minusDays(5), "80");
        TestData.as(admin, () -> context.getBean(PredictionService.class).refitNow());
    }

    @Test
    void managementSeesTheMostAtRiskFirstWithReasonsLinkedToEachCustomerAndTheWholeList() {
        login(admin);
        UI.getCurrent().navigate("dashboard");
        AtRiskCard card = _get(AtRiskCard.class);
        assertThat(card.heading()).isEqualTo("Clientes en riesgo");
        assertThat(card.caption.getText()).startsWith("Modelo ajustado a compras hasta el ");
        var rows = _find(card.rows, Div.class, spec -> spec.withClasses("dashboard-risk-row"));
        assertThat(rows).hasSize(3);
        Anchor first = _get(rows.getFirst(), Anchor.class);
        assertThat(first.getText()).isEqualTo("Alba");
        assertThat(first.getHref()).isEqualTo("customers/" + alba.getId());
        assertThat(rows.getFirst().getElement().getTextRecursively())
                .contains("compraba cada ~40 días; lleva 210 sin comprar");
        assertThat(_find(card, Anchor.class)).extracting(Anchor::getHref).contains("analytics/churn-risk");
    }

    @Test
    void aSalespersonSeesOnlyTheirOwnCustomersAtRisk() {
        login(data.inWorkspaceOf(seller, admin));
        UI.getCurrent().navigate("dashboard/sales");
        AtRiskCard card = _get(AtRiskCard.class);
        assertThat(_find(card.rows, Anchor.class)).extracting(Anchor::getText).containsExactly("Alba");
    }

    @Test
    void withoutAFittedModelTheCardSaysWhy() {
        SignedInUser other = data.newWorkspace("Sin modelo " + TestData.uniqueSlug("nofit"));
        login(other);
        UI.getCurrent().navigate("dashboard");
        AtRiskCard card = _get(AtRiskCard.class);
        assertThat(_get(card, Paragraph.class).getText()).startsWith("Aún no hay clientes con riesgo calculado");
        // An empty workspace draws no empty charts either: each says there is no data.
        assertThat(_find(Chart.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("dashboard-empty"))).hasSizeGreaterThanOrEqualTo(4);
    }
}
