package com.cartera.marketing.ui;

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
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.MarketingFixtures;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendKind;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spend page: entries of a period with filters, monthly totals, the entry dialog and the import link. */
@CarteraIntegrationTest
class SpendViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser marketing;
    private MarketingFixtures fixtures;
    private Campaign campaign;
    private LocalDate firstOfMonth;

    @BeforeEach
    void someSpend() {
        admin = data.newWorkspace("Vista gasto " + TestData.uniqueSlug("vg"));
        marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing", Set.of(Role.MARKETING));
        fixtures = new MarketingFixtures(context);
        LocalDate today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        firstOfMonth = today.withDayOfMonth(1);
        campaign = fixtures.campaign(admin, "Ferias del año", "TRADE_FAIR", today.withDayOfYear(1), null, null);
        fixtures.spend(admin, firstOfMonth, "1000", SpendCategory.EVENTS, SpendKind.MARKETING, campaign.getId(), null);
        fixtures.spend(admin, firstOfMonth, "250", SpendCategory.SALES_COMMISSIONS, SpendKind.SALES, null,
                fixtures.source(admin, "WEB"));
        fixtures.spend(admin, today.minusYears(1), "999", SpendCategory.OTHER, SpendKind.MARKETING, null,
                fixtures.source(admin, "WEB"));
    }

    @Test
    void theYearsEntriesAndTheirMonthlyTotalsPerSourceAndKind() {
        login(marketing);
        UI.getCurrent().navigate(SpendView.class);
        SpendView view = _get(SpendView.class);

        assertThat(GridKt._size(view.entries)).isEqualTo(2);
        assertThat(GridKt._size(view.totals)).isEqualTo(2);
        String month = String.join(" | ", GridKt._getFormattedRow(view.totals, 0));
        assertThat(month).contains("1.000,00", "250,00", "1.250,00");
        assertThat(view.totals.getColumnByKey("marketing").getHeaderText()).isEqualTo("Marketing");
        assertThat(view.totals.getColumnByKey("sales").getHeaderText()).isEqualTo("Ventas");
        assertThat(GridKt._getFormattedRow(view.totals, 1).getFirst()).isEqualTo("Total");

        _setValue(view.kind, SpendKind.SALES);
        assertThat(GridKt._size(view.entries)).isOne();
        assertThat(GridKt._getFormattedRow(view.entries, 0)).contains("Web", "Comisiones de ventas", "Ventas");
        _setValue(view.kind, null);
        _setValue(view.from, firstOfMonth.minusYears(2));
        assertThat(GridKt._size(view.entries)).isEqualTo(3);
        _setValue(view.to, firstOfMonth.minusYears(3));
        assertThat(view.to.getErrorMessage()).isEqualTo("La fecha «Hasta» no puede ser anterior a «Desde».");

        assertThat(view.importLink.getHref()).isEqualTo("import?kind=SPEND");
    }

    @Test
    void anEntryIsBookedCorrectedAndDeletedThroughTheDialog() {
        login(marketing);
        UI.getCurrent().navigate(SpendView.class);
        SpendView view = _get(SpendView.class);

        _click(view.add);
        SpendDialog dialog = view.dialog;
        _setValue(dialog.spentOn, firstOfMonth);
        _setValue(dialog.amount, new BigDecimal("-10"));
        _setValue(dialog.category, SpendCategory.SALES_COMMISSIONS);
        assertThat(dialog.countsAs.getValue()).isEqualTo(SpendKind.SALES);
        _click(dialog.save);
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("El importe no puede ser negativo.");
        _setValue(dialog.amount, new BigDecimal("80"));
        _click(dialog.save);
        assertThat(dialog.source.getErrorMessage()).isEqualTo("Elige una campaña o una fuente.");
        _setValue(dialog.source, dialog.source.getListDataView().getItems()
                .filter(s -> "PARTNER".equals(s.code())).findFirst().orElseThrow());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.entries)).isEqualTo(3);

        int row = 0;
        while (!GridKt._getFormattedRow(view.entries, row).contains("Socio")) {
            row++;
        }
        GridKt._clickItem(view.entries, row);
        SpendDialog edit = view.dialog;
        assertThat(edit.amount.getValue()).isEqualByComparingTo("80");
        _setValue(edit.amount, new BigDecimal("85"));
        _click(edit.save);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.totals, 0))).contains("1.335,00");

        GridKt._clickItem(view.entries, row);
        _click(view.dialog.delete);
        assertThat(GridKt._size(view.entries)).isEqualTo(2);
    }

    @Test
    void managementReadsSpendButBooksNothing() {
        SignedInUser boss = data.addMember(admin, TestData.uniqueEmail("dir"), "Diana Dirección", Set.of(Role.MANAGEMENT));
        login(boss);
        UI.getCurrent().navigate(SpendView.class);
        SpendView view = _get(SpendView.class);
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.importLink.isVisible()).isFalse();
        assertThat(GridKt._size(view.entries)).isEqualTo(2);
    }
}
