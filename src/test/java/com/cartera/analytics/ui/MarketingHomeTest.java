package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.MarketingFigureFixtures;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.customer.ui.CustomersView;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/**
 * The marketing home and the management dashboard's CAC card on {@link MarketingFigureFixtures} (March 2025): the
 * figures, their cards, and the drill-down into the customers behind them.
 */
class MarketingHomeTest extends KaribuTest {

    private static final QueryParameters MARCH = QueryParameters.simple(Map.of("from", "2025-03-01",
            "to", "2025-03-31"));

    private SignedInUser marketingPerson(MarketingFigureFixtures set) {
        as(set.admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
        return data.addMember(set.admin, TestData.uniqueEmail("marketing"), "Marta Marketing",
                Set.of(Role.MARKETING));
    }

    @Test
    void theMarketingHomeShowsCacConversionCampaignsAndAudienceForThePeriod() {
        var set = new MarketingFigureFixtures(context, "Inicio marketing");
        login(marketingPerson(set));
        UI.getCurrent().navigate("dashboard/marketing", MARCH);

        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-leads")).getValueText()).isEqualTo("3");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-conversion")).getValueText()).contains("66,7");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-new")).getValueText()).isEqualTo("3");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-cac")).getValueText()).contains("367");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-cac-lagged")).getValueText()).contains("1.100");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-days-to-convert")).getValueText())
                .isEqualTo("20,5");

        var cac = _get(SourceCacCard.class).table;
        assertThat(row(cac, "Recomendación")).as("customers without spend: CAC 0").contains("0 €");
        assertThat(row(cac, "Feria")).as("spend without customers: no CAC").contains("200 €", "–");
        assertThat(row(cac, "Búsqueda de pago")).contains("600 €");
        assertThat(row(_get(SourceFunnelCard.class).table, "Web")).contains("100,0 %");
        assertThat(_get(CampaignsCard.class).text().replace('\u00a0', ' '))
                .contains("Primavera", "3 de 4", "0,2×", "Feria");
        assertThat(_get(AudienceCard.class).coverage.getText().replace('\u00a0', ' ')).isEqualTo("0,0 %");
        assertThat(_get(LeadsBySourceCard.class).chart.getDescription()).contains("Leads creados");
        assertThat(_get(CacTrendCard.class).chart.getDescription()).contains("CAC desfasado");
        assertThat(_find(Chart.class)).allSatisfy(chart -> assertThat(chart.getDescription()).isNotBlank());
    }

    @Test
    void aSourcesNewCustomersOpenInTheCustomerGrid() {
        var set = new MarketingFigureFixtures(context, "Desglose marketing");
        login(marketingPerson(set));
        UI.getCurrent().navigate("dashboard/marketing", MARCH);

        NativeTableRow referral = _get(SourceCacCard.class).table.table.getBody().getRows().stream()
                .filter(r -> r.getElement().getTextRecursively().startsWith("Recomendación")).findFirst().orElseThrow();
        _click(_get(referral, Span.class, spec -> spec.withClasses("drill-down")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(GridKt._size(_get(Grid.class))).as("Eva").isEqualTo(1);
    }

    @Test
    void managementSeesCacBesideTheLaggedViewAndConversionInsteadOfAReservedSlot() {
        var set = new MarketingFigureFixtures(context, "Dirección CAC");
        as(set.admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
        login(set.admin);
        UI.getCurrent().navigate("dashboard", MARCH);

        CacCard card = _get(CacCard.class);
        assertThat(card.cac.getText()).contains("367");
        assertThat(card.getElement().getTextRecursively().replace('\u00a0', ' ')).contains("1.100 €", "66,7 %", "2 de 3 leads");

        _click(_get(card, Span.class, spec -> spec.withText("3")));
        assertThat(GridKt._size(_get(Grid.class))).as("Ana, Dani, Eva").isEqualTo(3);
    }

    @Test
    void anEmptyWorkspaceShowsNoValueRatherThanZeroOrInfinity() {
        SignedInUser admin = data.newWorkspace("Marketing vacío " + TestData.uniqueSlug("h"));
        login(admin);
        UI.getCurrent().navigate("dashboard/marketing");

        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-cac")).getValueText()).isEqualTo("–");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-mk-conversion")).getValueText()).isEqualTo("–");
        assertThat(_get(CampaignsCard.class).getElement().getTextRecursively()).contains("No hay campañas en curso");
        assertThat(_get(SourceCacCard.class).table).isNull();
    }

    private static String row(FigureTable table, String name) {
        return table.table.getBody().getRows().stream().map(r -> r.getElement().getTextRecursively()
                        .replace('\u00a0', ' ').replace('\u202f', ' '))
                .filter(text -> text.startsWith(name)).findFirst().orElseThrow();
    }
}
