package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.base.ui.chart.Chart;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.SalesTargetService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sales home's won against target: the seller's own, the team's for managers, and no target said in words. */
class SalesHomeTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser otherSeller;
    private YearMonth thisMonth;

    @BeforeEach
    void twoSellersWithTargetsAndWonBusiness() {
        admin = data.newWorkspace("Casa " + TestData.uniqueSlug("v"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        otherSeller = data.addMember(admin, TestData.uniqueEmail("ventas2"), "Omar Ventas", Set.of(Role.SALES));
        LocalDate today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        thisMonth = YearMonth.from(today);
        var targets = context.getBean(SalesTargetService.class);
        as(admin, () -> targets.set(seller.userId(), thisMonth, new BigDecimal("1000"), null));
        as(admin, () -> targets.set(otherSeller.userId(), thisMonth, new BigDecimal("3000"), null));
        Customer customer = data.customer(seller, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        win(seller, customer, "250");
        win(otherSeller, data.customer(otherSeller, "Luis", "luis@example.es", LifecycleStage.ACTIVE), "750");
    }

    private void win(SignedInUser owner, Customer customer, String amount) {
        var pipelines = context.getBean(PipelineService.class);
        var opportunities = context.getBean(OpportunityService.class);
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        long won = as(admin, () -> pipelines.stages(pipelineId)).stream().filter(PipelineStage::isWon).findFirst()
                .orElseThrow().getId();
        var added = as(owner, () -> opportunities.quickAdd(pipelineId, customer.getId(), "Trato", new BigDecimal(amount)));
        as(owner, () -> opportunities.move(added.getId(), added.getVersion(), won, null, null));
    }

    /** The text with the non-breaking spaces number formats put before units as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aSalespersonSeesTheirWonBusinessAgainstTheirTarget() {
        login(seller);
        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "this-month"));

        var card = _get(WonVsTargetCard.class);
        assertThat(card.heading()).isEqualTo("Ganado frente a objetivo");
        // 250 won of a 1000 target: 25 %.
        assertThat(plain(card.won.getText())).isEqualTo("250 €");
        assertThat(plain(card.target.getText())).startsWith("de un objetivo de 1.000 €");
        assertThat(plain(card.attainment.getText())).isEqualTo("25 % del objetivo alcanzado");
        assertThat(plain(_get(card, Chart.class).getDescription())).contains("250 €", "1.000 €", "25 %");
        assertThat(_find(card, Anchor.class)).isEmpty();
    }

    @Test
    void managersSeeTheTeamOrOneAgentAndAreToldWhereToSetMissingTargets() {
        login(admin);
        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "this-month"));
        var card = _get(WonVsTargetCard.class);
        // The team: 250 + 750 won of 1000 + 3000.
        assertThat(plain(card.won.getText())).isEqualTo("1.000 €");
        assertThat(plain(card.attainment.getText())).isEqualTo("25 % del objetivo alcanzado");

        ComboBox<TeamMember> agent = _get(ComboBox.class);
        agent.setValue(agent.getListDataView().getItems()
                .filter(member -> member.getUserId().equals(otherSeller.userId())).findFirst().orElseThrow());
        card = _get(WonVsTargetCard.class);
        assertThat(plain(card.won.getText())).isEqualTo("750 €");
        assertThat(plain(card.attainment.getText())).isEqualTo("25 % del objetivo alcanzado");

        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "last-month"));
        card = _get(WonVsTargetCard.class);
        assertThat(plain(card.won.getText())).isEqualTo("0 €");
        assertThat(_get(card, Paragraph.class, spec -> spec.withId("target-none")).getText())
                .isEqualTo("No hay objetivo para los meses de este periodo.");
        assertThat(_find(card, Chart.class)).isEmpty();
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("pipeline/targets");
        assertThat(_find(card, Span.class, spec -> spec.withId("target-attainment"))).isEmpty();
    }
    @Test
    void customersWithoutContactBeyondTheirCadenceAreCountedNamedAndOpenInTheGrid() {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        String schema = admin.workspace().tenant().schema();
        Customer late = data.customer(seller, "Zapatería Olvidada", null, LifecycleStage.ACTIVE);
        jdbc.update("update " + schema + ".customer set tier_override = 'KEY', owner_id = ?,"
                + " created_at = created_at - interval '20 days' where id = ?", seller.userId(), late.getId());

        login(seller);
        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "this-month"));
        var card = _get(WithoutContactCard.class);
        assertThat(card.heading()).isEqualTo("Sin contacto más allá de su cadencia");
        assertThat(card.figure.getText()).isEqualTo("1");
        assertThat(_find(card.names, Anchor.class)).extracting(Anchor::getText).containsExactly("Zapatería Olvidada");

        com.vaadin.flow.component.ComponentUtil.fireEvent(card.figure,
                new com.vaadin.flow.component.ClickEvent<>(card.figure));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.cartera.customer.ui.CustomersView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(com.vaadin.flow.component.grid.Grid.class)))
                .isEqualTo(1);

        login(otherSeller);
        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "this-month"));
        card = _get(WithoutContactCard.class);
        assertThat(card.figure.getText()).isEqualTo("0");
        assertThat(_get(card, Paragraph.class).getText())
                .isEqualTo("Todos los clientes están al día con su cadencia de contacto.");
    }
}
