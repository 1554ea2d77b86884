package com.cartera.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.activity.AlertRule;
import com.cartera.activity.AlertRuleChange;
import com.cartera.activity.AlertRuleService;
import com.cartera.customer.ValueTier;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert rules per tier: the defaults, changing them, values out of range and a concurrent change. */
@CarteraIntegrationTest
class AlertRulesViewTest extends KaribuTest {

    private SignedInUser admin;
    private AlertRuleService rules;

    @BeforeEach
    void aWorkspace() {
        admin = data.newWorkspace("Reglas " + TestData.uniqueSlug("r"));
        rules = context.getBean(AlertRuleService.class);
        login(admin);
    }

    private AlertRulesView open() {
        UI.getCurrent().navigate(AlertRulesView.class);
        return _get(AlertRulesView.class);
    }

    private AlertRule rule(ValueTier tier) {
        return rules.rules().stream().filter(rule -> rule.getTier() == tier).findFirst().orElseThrow();
    }

    @Test
    void theDefaultsAreShownAndChangesAreSaved() {
        AlertRulesView view = open();
        assertThat(view.cadence.get(ValueTier.STRATEGIC).getValue()).isEqualTo(1);
        assertThat(view.cadence.get(ValueTier.KEY).getValue()).isEqualTo(7);
        assertThat(view.cadence.get(ValueTier.EMERGING).getValue()).isEqualTo(30);
        assertThat(view.cadence.get(ValueTier.LOW).getValue()).isNull();
        assertThat(view.yellow.get(ValueTier.KEY).getValue()).isEqualTo(3);
        assertThat(view.cadence.get(ValueTier.KEY).getLabel()).isEqualTo("Contactar a «Clave» cada (días)");

        _setValue(view.cadence.get(ValueTier.KEY), 14);
        _setValue(view.cadence.get(ValueTier.EMERGING), null);
        _setValue(view.yellow.get(ValueTier.STRATEGIC), 5);
        _click(view.save);

        assertThat(rule(ValueTier.KEY).getCadenceDays()).isEqualTo(14);
        assertThat(rule(ValueTier.EMERGING).getCadenceDays()).isNull();
        assertThat(rule(ValueTier.STRATEGIC).getYellowDays()).isEqualTo(5);
        // Saved again from the reloaded form, no conflict.
        _click(view.save);
        assertThat(rule(ValueTier.KEY).getCadenceDays()).isEqualTo(14);
    }

    @Test
    void aValueOutOfRangeIsMarkedOnItsField() {
        AlertRulesView view = open();
        _setValue(view.yellow.get(ValueTier.LOW), 90);
        _click(view.save);
        assertThat(view.yellow.get(ValueTier.LOW).isInvalid()).isTrue();
        assertThat(view.yellow.get(ValueTier.LOW).getErrorMessage()).isEqualTo("Entre 0 y 60 días");
        assertThat(rule(ValueTier.LOW).getYellowDays()).isEqualTo(3);
    }

    @Test
    void aConcurrentChangeIsAConflictAndTheCurrentRulesAreShown() {
        AlertRulesView view = open();
        AlertRule key = rule(ValueTier.KEY);
        rules.save(List.of(new AlertRuleChange(ValueTier.KEY, key.getVersion(), 10, 3)));
        _setValue(view.cadence.get(ValueTier.KEY), 20);
        _click(view.save);
        assertThat(rule(ValueTier.KEY).getCadenceDays()).isEqualTo(10);
        assertThat(view.cadence.get(ValueTier.KEY).getValue()).isEqualTo(10);
    }
}
