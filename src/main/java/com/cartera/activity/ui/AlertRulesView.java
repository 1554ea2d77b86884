package com.cartera.activity.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.cartera.activity.AlertRule;
import com.cartera.activity.AlertRuleChange;
import com.cartera.activity.AlertRuleService;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.ValueTier;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Management's and admin's alert rules per value tier: how often its customers must be contacted (empty: no
 * cadence) and how many days ahead a follow-up turns a customer yellow. Saving recomputes every alert.
 */
@Route("alerts/settings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class AlertRulesView extends VerticalLayout implements HasHeading {

    final Map<ValueTier, IntegerField> cadence = new EnumMap<>(ValueTier.class);
    final Map<ValueTier, IntegerField> yellow = new EnumMap<>(ValueTier.class);
    final Button save = new Button();

    private final AlertRuleService alertRuleService;
    private final Map<ValueTier, Long> versions = new EnumMap<>(ValueTier.class);

    public AlertRulesView(AlertRuleService alertRuleService) {
        this.alertRuleService = alertRuleService;
        addClassName("alert-rules-view");
        add(new Paragraph(getTranslation("alert-rules.explanation")));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setMaxWidth("40rem");
        for (ValueTier tier : ValueTier.values()) {
            var cadenceField = new IntegerField(getTranslation("alert-rules.cadence", getTranslation("tier." + tier.name())));
            cadenceField.setMin(1);
            cadenceField.setMax(365);
            cadenceField.setPlaceholder(getTranslation("alert-rules.cadence.none"));
            cadenceField.setClearButtonVisible(true);
            var yellowField = new IntegerField(getTranslation("alert-rules.yellow", getTranslation("tier." + tier.name())));
            yellowField.setMin(0);
            yellowField.setMax(60);
            yellowField.setRequiredIndicatorVisible(true);
            cadence.put(tier, cadenceField);
            yellow.put(tier, yellowField);
            form.add(cadenceField, yellowField);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form, save);
        load();
    }

    private void load() {
        for (AlertRule rule : alertRuleService.rules()) {
            cadence.get(rule.getTier()).setValue(rule.getCadenceDays());
            yellow.get(rule.getTier()).setValue(rule.getYellowDays());
            versions.put(rule.getTier(), rule.getVersion());
        }
    }

    private void save() {
        cadence.values().forEach(field -> field.setInvalid(false));
        yellow.values().forEach(field -> field.setInvalid(false));
        List<AlertRuleChange> changes = new ArrayList<>();
        for (ValueTier tier : ValueTier.values()) {
            changes.add(new AlertRuleChange(tier, versions.getOrDefault(tier, 0L), cadence.get(tier).getValue(),
                    yellow.get(tier).getValue()));
        }
        try {
            int changed = alertRuleService.save(changes);
            Notifications.success(getTranslation("alert-rules.saved", changed));
            load();
        } catch (FieldRejectedException rejected) {
            String[] parts = rejected.field().split("\\.");
            IntegerField field = ("cadence".equals(parts[0]) ? cadence : yellow).get(ValueTier.valueOf(parts[1]));
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("alert-rules.conflict"));
            load();
        }
    }

    @Override
    public String heading() {
        return getTranslation("alert-rules.title");
    }
}
