package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.sales.SalesTarget;
import com.cartera.sales.SalesTargetService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The targets grid: agents by months of a year, edited in place, bad values marked on their cell, conflicts shown. */
@CarteraIntegrationTest
class SalesTargetsViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private SalesTargetService targets;
    private int year;

    @BeforeEach
    void aWorkspaceWithASalesperson() {
        admin = data.newWorkspace("Metas " + TestData.uniqueSlug("m"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        targets = context.getBean(SalesTargetService.class);
        year = as(admin, () -> context.getBean(WorkspaceCalendar.class).today()).getYear();
        login(admin);
    }

    private SalesTargetsView open() {
        UI.getCurrent().navigate(SalesTargetsView.class);
        return _get(SalesTargetsView.class);
    }

    private BigDecimal stored(int month) {
        return targets.targets(year).stream()
                .filter(target -> target.getMemberId().equals(seller.userId())
                        && target.getMonth().equals(YearMonth.of(year, month)))
                .map(SalesTarget::getAmount).findFirst().orElse(null);
    }

    /** The text with the non-breaking spaces number formats put before units as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aCellTypedAsSpanishWritesNumbersIsSavedAndTheYearTotalFollows() {
        SalesTargetsView view = open();
        TextField march = view.field(seller.userId(), 3);
        assertThat(march.getAriaLabel()).hasValue("Objetivo de Vera Ventas en marzo de " + year);

        _setValue(march, "12.500,50");
        _setValue(view.field(seller.userId(), 4), "1000");

        assertThat(stored(3)).isEqualByComparingTo("12500.50");
        assertThat(stored(4)).isEqualByComparingTo("1000");
        assertThat(march.getValue()).isEqualTo("12.500,50");
        assertThat(plain(view.totals.get(seller.userId()).getText())).isEqualTo("13.500,50 €");

        _setValue(march, "");
        assertThat(stored(3)).isNull();
        assertThat(plain(view.totals.get(seller.userId()).getText())).isEqualTo("1.000 €");
        // Reopened, the grid shows what is stored.
        assertThat(open().field(seller.userId(), 4).getValue()).isEqualTo("1.000");
    }

    @Test
    void badValuesAreMarkedOnTheirCellAndNothingIsSaved() {
        SalesTargetsView view = open();
        TextField may = view.field(seller.userId(), 5);

        _setValue(may, "doce mil");
        assertThat(may.isInvalid()).isTrue();
        assertThat(may.getErrorMessage()).isEqualTo("Escribe un importe en EUR, por ejemplo 12.500 o 12.500,50.");

        _setValue(may, "-5");
        assertThat(may.isInvalid()).isTrue();
        assertThat(may.getErrorMessage()).isEqualTo("El objetivo debe estar entre 0 y 999.999.999.999,99 EUR.");

        _setValue(may, "10,555");
        assertThat(may.getErrorMessage()).isEqualTo("El objetivo admite como mucho dos decimales.");
        assertThat(stored(5)).isNull();

        _setValue(may, "800");
        assertThat(may.isInvalid()).isFalse();
        assertThat(stored(5)).isEqualByComparingTo("800");
    }

    @Test
    void aConcurrentChangeIsAConflictAndTheCurrentTargetsAreShown() {
        SalesTargetsView view = open();
        targets.set(seller.userId(), YearMonth.of(year, 6), new BigDecimal("700"), null);

        _setValue(view.field(seller.userId(), 6), "900");

        assertThat(stored(6)).isEqualByComparingTo("700");
        assertThat(view.field(seller.userId(), 6).getValue()).isEqualTo("700");
    }

    @Test
    void thePipelineSettingsLeadToTheTargets() {
        UI.getCurrent().navigate(PipelineSettingsView.class);
        _click(_get(PipelineSettingsView.class).salesTargets);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SalesTargetsView.class);
    }
}
