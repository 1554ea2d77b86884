package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.base.ui.TimeZoneField;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The workspace's own rules: its currency, whether sales edit every customer, the revenue each value tier
 * starts at, how long the bin and refused import rows are kept (admin only), and the workspace's calendar: its
 * time zone and activity window. Changing a threshold re-tiers the whole portfolio at once. A concurrent change by
 * someone else
 * is shown with who made it and what they set; the changes typed here stay in the form, over theirs.
 */
@Route("settings")
@Menu(title = "menu.settings", order = 80, icon = "vaadin:cog")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class WorkspaceSettingsView extends VerticalLayout implements HasHeading {

    final TextField currency = new TextField();
    final Checkbox salesEditAll = new Checkbox();
    final BigDecimalField strategicMin = new BigDecimalField();
    final BigDecimalField keyMin = new BigDecimalField();
    final BigDecimalField emergingMin = new BigDecimalField();
    final IntegerField binRetention = new IntegerField();
    final IntegerField importProblemRetention = new IntegerField();
    final TimeZoneField timeZone;
    final IntegerField activityWindow = new IntegerField();
    final Span tierOrder = new Span();
    final Button save = new Button();
    final Paragraph lastChange = new Paragraph();

    private final WorkspaceSettingsService settingsService;
    private final TeamDirectory teamDirectory;
    private final Binder<WorkspaceSettings> binder = new Binder<>(WorkspaceSettings.class);
    private WorkspaceSettings settings;
    /** The values the form started from, to tell the user's changes from someone else's. */
    private SettingsValues loaded;

    public WorkspaceSettingsView(WorkspaceSettingsService settingsService, TeamDirectory teamDirectory,
                                 Validator validator, CurrentUser currentUser, Clock clock) {
        this.settingsService = settingsService;
        timeZone = new TimeZoneField(clock);
        this.teamDirectory = teamDirectory;
        addClassName("settings-view");
        setMaxWidth("48rem");

        currency.setLabel(getTranslation("settings.currency"));
        currency.setHelperText(getTranslation("settings.currency.help"));
        currency.setMaxLength(3);
        // The field's own checks run before the binder's validators: they need the messages too.
        currency.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("settings.currency.format")));
        salesEditAll.setLabel(getTranslation("settings.sales-edit-all"));
        strategicMin.setLabel(getTranslation("settings.tier.strategic-min"));
        keyMin.setLabel(getTranslation("settings.tier.key-min"));
        emergingMin.setLabel(getTranslation("settings.tier.emerging-min"));
        emergingMin.setHelperText(getTranslation("settings.tier.low-below"));
        tierOrder.addClassName("field-error");

        binder.forField(currency)
                .withConverter(value -> value == null ? "" : value.strip().toUpperCase(), value -> value == null ? "" : value)
                .withValidator(new BeanPropertyValidator<>(validator, WorkspaceSettings.class, "currency"))
                .bind(WorkspaceSettings::getCurrency, WorkspaceSettings::setCurrency);
        binder.forField(salesEditAll).bind(WorkspaceSettings::isSalesEditAll, WorkspaceSettings::setSalesEditAll);
        bindThreshold(strategicMin, "tierStrategicMin", WorkspaceSettings::getTierStrategicMin,
                WorkspaceSettings::setTierStrategicMin, validator);
        bindThreshold(keyMin, "tierKeyMin", WorkspaceSettings::getTierKeyMin, WorkspaceSettings::setTierKeyMin,
                validator);
        bindThreshold(emergingMin, "tierEmergingMin", WorkspaceSettings::getTierEmergingMin,
                WorkspaceSettings::setTierEmergingMin, validator);
        bindRetention(binRetention, "settings.retention.bin", "binRetentionDays", WorkspaceSettings::getBinRetentionDays,
                WorkspaceSettings::setBinRetentionDays, validator);
        bindRetention(importProblemRetention, "settings.retention.import-problems", "importProblemRetentionDays",
                WorkspaceSettings::getImportProblemRetentionDays, WorkspaceSettings::setImportProblemRetentionDays,
                validator);
        bindCalendar(validator);
        // The retention periods decide when personal data is erased for good: only an admin changes them.
        boolean admin = currentUser.get().filter(user -> user.hasRole(Role.ADMIN)).isPresent();
        binRetention.setReadOnly(!admin);
        importProblemRetention.setReadOnly(!admin);
        binder.withValidator(WorkspaceSettings::isTierOrderValid, getTranslation("settings.tier.order"));
        binder.setStatusLabel(tierOrder);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var general = new FormLayout(currency, salesEditAll);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var thresholds = new FormLayout(strategicMin, keyMin, emergingMin);
        thresholds.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        var retention = new FormLayout(binRetention, importProblemRetention);
        retention.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var calendar = new FormLayout(timeZone, activityWindow);
        calendar.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new H3(getTranslation("settings.general")), general,
                new H3(getTranslation("settings.calendar")), calendar,
                new H3(getTranslation("settings.tiers")), new Paragraph(getTranslation("settings.tiers.help")),
                thresholds, tierOrder,
                new H3(getTranslation("settings.retention")), new Paragraph(getTranslation("settings.retention.help")),
                retention, save, lastChange);
        show(settingsService.current());
    }

    private void bindThreshold(BigDecimalField field, String property, ValueProvider<WorkspaceSettings, BigDecimal> getter,
                               Setter<WorkspaceSettings, BigDecimal> setter, Validator validator) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("settings.tier.required")));
        binder.forField(field)
                .withValidator(new BeanPropertyValidator<>(validator, WorkspaceSettings.class, property))
                .bind(getter, setter);
    }

    private void bindRetention(IntegerField field, String labelKey, String property,
                               ValueProvider<WorkspaceSettings, Integer> getter, Setter<WorkspaceSettings, Integer> setter,
                               Validator validator) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation("settings.retention.empty"));
        field.setSuffixComponent(new Span(getTranslation("settings.retention.days")));
        field.setClearButtonVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("settings.retention.range")));
        binder.forField(field)
                .withValidator(new BeanPropertyValidator<>(validator, WorkspaceSettings.class, property))
                .bind(getter, setter);
    }

    private void bindCalendar(Validator validator) {
        timeZone.setLabel(getTranslation("settings.time-zone"));
        timeZone.setHelperText(getTranslation("settings.time-zone.help"));
        binder.forField(timeZone).asRequired(getTranslation("settings.time-zone.invalid"))
                .bind(WorkspaceSettings::getTimeZone, WorkspaceSettings::setTimeZone);
        activityWindow.setLabel(getTranslation("settings.activity-window"));
        activityWindow.setHelperText(getTranslation("settings.activity-window.help"));
        activityWindow.setSuffixComponent(new Span(getTranslation("settings.retention.days")));
        activityWindow.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("settings.activity-window.range")));
        binder.forField(activityWindow).asRequired(getTranslation("settings.activity-window.range"))
                .withValidator(new BeanPropertyValidator<>(validator, WorkspaceSettings.class, "activityWindowDays"))
                .bind(WorkspaceSettings::getActivityWindowDays, WorkspaceSettings::setActivityWindowDays);
    }

    private void show(WorkspaceSettings stored) {
        settings = stored;
        loaded = SettingsValues.of(stored);
        binder.readBean(stored);
        strategicMin.setSuffixComponent(new Span(stored.getCurrency()));
        keyMin.setSuffixComponent(new Span(stored.getCurrency()));
        emergingMin.setSuffixComponent(new Span(stored.getCurrency()));
        lastChange.setText(getTranslation("settings.last-change", changedBy(stored), changedAt(stored)));
    }

    void save() {
        try {
            binder.writeBean(settings);
        } catch (ValidationException invalid) {
            return;
        }
        try {
            show(settingsService.update(settings));
            Notifications.success(getTranslation("settings.saved"));
        } catch (ConstraintViolationException rejected) {
            // The form checks the same constraints; this is the service having the last word.
            rejected.getConstraintViolations().stream().findFirst().ifPresent(violation -> Notifications.error(
                    getTranslation(BeanPropertyValidator.messageKey(violation.getMessageTemplate()))));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            showConflict();
        }
    }

    /**
     * Someone saved meanwhile: say who and what they set, and move the form onto their version, keeping what
     * was changed here. Nothing is stored until the user saves again, deliberately.
     */
    private void showConflict() {
        WorkspaceSettings latest = settingsService.current();
        SettingsValues theirs = SettingsValues.of(latest);
        SettingsValues mine = SettingsValues.of(settings);
        List<String> theirChanges = new ArrayList<>();
        for (SettingsValues.Field field : theirs.differencesFrom(loaded)) {
            theirChanges.add(getTranslation(field.labelKey) + ": " + shown(theirs.value(field), theirs.currency()));
        }
        Notifications.error(getTranslation("settings.conflict", changedBy(latest), changedAt(latest),
                theirChanges.isEmpty() ? getTranslation("settings.conflict.same") : String.join("; ", theirChanges)));
        mine.rebasedOnto(loaded, theirs).applyTo(latest);
        settings = latest;
        loaded = theirs;
        binder.readBean(latest);
        lastChange.setText(getTranslation("settings.last-change", changedBy(latest), changedAt(latest)));
    }

    private String shown(Object value, String currencyCode) {
        return switch (value) {
            case null -> getTranslation("settings.retention.never");
            case Boolean yes -> getTranslation(yes ? "settings.yes" : "settings.no");
            case BigDecimal amount -> Figures.money(amount, currencyCode, getLocale());
            default -> String.valueOf(value);
        };
    }

    private String changedBy(WorkspaceSettings of) {
        return of.getUpdatedBy() == null ? getTranslation("settings.nobody")
                : teamDirectory.find(of.getUpdatedBy()).map(TeamMember::getDisplayName)
                        .orElse(getTranslation("settings.nobody"));
    }

    private String changedAt(WorkspaceSettings of) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(of.getUpdatedAt().atZone(of.zone()));
    }

    @Override
    public String heading() {
        return getTranslation("menu.settings");
    }
}
