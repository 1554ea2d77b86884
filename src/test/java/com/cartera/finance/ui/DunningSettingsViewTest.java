package com.cartera.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.finance.DunningAction;
import com.cartera.finance.DunningAssignee;
import com.cartera.finance.DunningLadder;
import com.cartera.finance.DunningStep;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dunning ladder's settings page: the seeded steps, adding, changing and deactivating, refusals on the field. */
@CarteraIntegrationTest
class DunningSettingsViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser finance;

    @BeforeEach
    void aWorkspace() {
        admin = data.newWorkspace("Escalera " + TestData.uniqueSlug("esc"));
        finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fede Finanzas", Set.of(Role.FINANCE));
    }

    private DunningSettingsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate(DunningSettingsView.class);
        return _get(DunningSettingsView.class);
    }

    private List<DunningStep> steps() {
        return TestData.as(finance, () -> context.getBean(DunningLadder.class).steps());
    }

    @Test
    void theSeededLadderIsListedAndAStepIsAdded() {
        DunningSettingsView view = open(finance);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly("7", "Recordatorio por correo",
                "Responsable del cliente", "Sí");
        assertThat(GridKt._getFormattedRow(view.grid, 2)).containsExactly("60", "Escalado", "Equipo de finanzas",
                "Sí");

        _setValue(view.form.days, 15);
        _setValue(view.form.action, DunningAction.CALL);
        _setValue(view.form.assignee, DunningAssignee.FINANCE);
        _click(view.form.add);
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).containsExactly("15", "Llamada", "Equipo de finanzas",
                "Sí");
    }

    @Test
    void daysOutOfRangeOrTakenAreRefusedOnTheField() {
        DunningSettingsView view = open(finance);
        _setValue(view.form.days, 400);
        _click(view.form.add);
        assertThat(view.form.days.isInvalid()).isTrue();
        assertThat(view.form.days.getErrorMessage()).isEqualTo("Los días de retraso deben estar entre 1 y 365.");

        _setValue(view.form.days, 30);
        _click(view.form.add);
        assertThat(view.form.days.getErrorMessage()).isEqualTo("Ya hay un paso a los 30 días de retraso.");
        assertThat(steps()).hasSize(3);
    }

    @Test
    void aChosenStepIsChangedAndDeactivated() {
        DunningSettingsView view = open(finance);
        view.grid.select(GridKt._get(view.grid, 1));
        assertThat(view.form.days.getValue()).isEqualTo(30);
        assertThat(view.form.save.isVisible()).isTrue();
        _setValue(view.form.days, 45);
        _setValue(view.form.active, false);
        _click(view.form.save);

        assertThat(GridKt._getFormattedRow(view.grid, 1)).containsExactly("45", "Llamada", "Responsable del cliente",
                "No");
        assertThat(steps()).extracting(DunningStep::daysOverdue, DunningStep::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, true),
                        org.assertj.core.groups.Tuple.tuple(45, false),
                        org.assertj.core.groups.Tuple.tuple(60, true));
    }

    @Test
    void managementReadsTheLadderWithoutTheForm() {
        SignedInUser management = data.addMember(admin, TestData.uniqueEmail("dir"), "Dora Dirección",
                Set.of(Role.MANAGEMENT));
        DunningSettingsView view = open(management);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.form.isVisible()).isFalse();
    }
}
