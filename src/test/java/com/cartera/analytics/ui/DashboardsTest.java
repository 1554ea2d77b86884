package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each dashboard shows its figures for the period chosen, names the period, and describes every chart. */
class DashboardsTest extends KaribuTest {

    private SignedInUser admin;
    private LocalDate today;

    @BeforeEach
    void aWorkspaceWithTwoBuyers() {
        admin = data.newWorkspace("Paneles " + TestData.uniqueSlug("d"));
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        var purchases = new Purchases(context);
        purchases.buy(admin, data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE), today, "300.00");
        purchases.buy(admin, data.customer(admin, "Luis", "luis@example.es", LifecycleStage.ACTIVE), today, "100.00");
        as(admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
    }

    @Test
    void managementSeesTheKeyFiguresOfThePeriodAndReadableCharts() {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));
        String days = PeriodChoice.of(PeriodPreset.THIS_MONTH, today).daysText(UI.getCurrent().getLocale());

        KpiTile active = _get(KpiTile.class, spec -> spec.withId("tile-active"));
        assertThat(active.getValueText()).isEqualTo("2");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-new")).getValueText()).isEqualTo("2");
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-revenue")).getValueText()).contains("400");
        assertThat(_find(KpiTile.class)).allSatisfy(tile -> assertThat(tile.getElement().getTextRecursively())
                .contains(days));

        var charts = _find(Chart.class);
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(charts).allSatisfy(chart -> assertThat(chart.getDescription()).isNotBlank());
        assertThat(_find(DashboardCard.class).stream().map(DashboardCard::heading))
                .contains("Evolución de la cartera por mes", "Retención por cohortes", "Concentración de ingresos",
                        "Satisfacción (CSAT)", "CAC", "Cobros pendientes", "Clientes en riesgo");
        assertThat(_find(ReceivablesCard.class)).hasSize(1);
    }

    @Test
    void aSalespersonSeesTheirOwnFiguresAndManagersPickAnAgentOrTheTeam() {
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("seller"), "Vera Ventas", Set.of(Role.SALES));
        login(seller);
        UI.getCurrent().navigate("dashboard/sales");
        var view = (SalesDashboardView) UI.getCurrent().getCurrentView();
        assertThat(view.owner()).isEqualTo(seller.userId());
        assertThat(_find(com.vaadin.flow.component.combobox.ComboBox.class)).isEmpty();
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-new")).getValueText()).isEqualTo("0");
        assertThat(_get(Span.class, spec -> spec.withId("health-RED")).getText()).isEqualTo("0");
        assertThat(_find(DashboardCard.class).stream().map(DashboardCard::heading))
                .contains("Embudo abierto (ahora)", "Salud de la cartera (ahora)", "Agenda de hoy");

        logout();
        login(admin);
        UI.getCurrent().navigate("dashboard/sales");
        var managers = (SalesDashboardView) UI.getCurrent().getCurrentView();
        assertThat(managers.owner()).isNull();
        assertThat(_get(KpiTile.class, spec -> spec.withId("tile-new")).getValueText()).isEqualTo("2");
    }

    @Test
    void departmentHomesShowTheirPeriod() {
        for (String route : new String[] {"dashboard/marketing", "dashboard/support", "dashboard/finance"}) {
            login(admin);
            UI.getCurrent().navigate(route, QueryParameters.of("period", "last-month"));
            assertThat(_get(PeriodPicker.class).getValue().preset()).as(route).isEqualTo(PeriodPreset.LAST_MONTH);
            assertThat(_find(DashboardCard.class)).as(route).isNotEmpty();
        }
    }
}
