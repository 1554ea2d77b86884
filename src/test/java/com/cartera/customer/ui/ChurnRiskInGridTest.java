package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The churn risk analytics estimates at each refit reaches the customer grid: a column with the score and its level,
 * and a filter by level whose counts are those of the predictions.
 */
class ChurnRiskInGridTest extends KaribuTest {

    private SignedInUser admin;
    private String schema;

    @BeforeEach
    void customersWithAndWithoutRisk() {
        admin = data.newWorkspace("Riesgo " + TestData.uniqueSlug("cr"));
        schema = admin.tenant().orElseThrow().schema();
        var purchases = new Purchases(context);
        LocalDate today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        // Alba bought every 40 days, then stopped 210 days ago: at risk. Bruno buys every 10 days: not.
        Customer alba = data.customer(admin, "Alba", null, LifecycleStage.ACTIVE);
        for (int daysAgo = 410; daysAgo >= 210; daysAgo -= 40) {
            purchases.buy(admin, alba, today.minusDays(daysAgo), "100");
        }
        Customer bruno = data.customer(admin, "Bruno", null, LifecycleStage.ACTIVE);
        for (int daysAgo = 30; daysAgo >= 10; daysAgo -= 10) {
            purchases.buy(admin, bruno, today.minusDays(daysAgo), "50");
        }
        Customer carla = data.customer(admin, "Carla", null, LifecycleStage.ACTIVE);
        purchases.buy(admin, carla, today.minusDays(5), "80");
        data.customer(admin, "Sin compras", null, LifecycleStage.LEAD);
        as(admin, () -> context.getBean(PredictionService.class).refitNow());
    }

    @Test
    void eachLevelFiltersToTheCustomersAnalyticsPutThere() {
        for (ChurnRiskLevel level : ChurnRiskLevel.values()) {
            long predicted = data.count("select count(*) from " + schema + ".customer_prediction where churn_level = ?",
                    level.name());
            long inGrid = as(admin, () -> context.getBean(CustomerService.class)
                    .countUpTo(CustomerFilter.NONE.withChurnRisks(Set.of(level)), 1_000).value());
            assertThat(inGrid).as(level.name()).isEqualTo(predicted);
        }
        assertThat(data.count("select count(*) from " + schema + ".customer c join " + schema
                + ".customer_churn_risk r on r.customer_id = c.id where r.level = 'HIGH' and c.name = 'Alba'"))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from " + schema + ".customer c where not exists (select 1 from "
                + schema + ".customer_churn_risk r where r.customer_id = c.id)"))
                .as("the customer without purchases has no estimate").isEqualTo(1);
    }

    @Test
    void theGridShowsTheScoreAndFiltersByLevel() {
        login(admin);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);
        view.grid.showColumns(List.of(CustomerGrid.NAME, CustomerGrid.CHURN_RISK));
        _click(view.filtersToggle);
        MockVaadin.clientRoundtrip(false);

        view.filters.churnRisks.setValue(Set.of(ChurnRiskLevel.HIGH));

        @SuppressWarnings("unchecked")
        Grid<CustomerRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        CustomerRow alba = GridKt._get(grid, 0);
        assertThat(alba.name()).isEqualTo("Alba");
        assertThat(view.grid.churnRiskText(alba)).matches("\\d+ · Alto");
        assertThat(view.filters.chips.getElement().getTextRecursively()).contains("Riesgo de abandono: Alto");
    }
}
