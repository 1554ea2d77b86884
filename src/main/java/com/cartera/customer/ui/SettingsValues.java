package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.cartera.customer.WorkspaceSettings;

/**
 * The editable values of the workspace settings at one moment, to reconcile a concurrent change: what the
 * form started from, what the user has typed, and what someone else stored meanwhile.
 */
record SettingsValues(String currency, boolean salesEditAll, BigDecimal strategicMin, BigDecimal keyMin,
                      BigDecimal emergingMin, Integer binRetentionDays, Integer importProblemRetentionDays,
                      String timeZone, int activityWindowDays) {

    /** An editable value, named by the translation key of its label. */
    enum Field {
        CURRENCY("settings.currency"), SALES_EDIT_ALL("settings.sales-edit-all"),
        STRATEGIC_MIN("settings.tier.strategic-min"), KEY_MIN("settings.tier.key-min"),
        EMERGING_MIN("settings.tier.emerging-min"), BIN_RETENTION("settings.retention.bin"),
        IMPORT_PROBLEM_RETENTION("settings.retention.import-problems"), TIME_ZONE("settings.time-zone"),
        ACTIVITY_WINDOW("settings.activity-window");

        final String labelKey;

        Field(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    static SettingsValues of(WorkspaceSettings settings) {
        return new SettingsValues(settings.getCurrency(), settings.isSalesEditAll(), settings.getTierStrategicMin(),
                settings.getTierKeyMin(), settings.getTierEmergingMin(), settings.getBinRetentionDays(),
                settings.getImportProblemRetentionDays(), settings.getTimeZone(), settings.getActivityWindowDays());
    }

    void applyTo(WorkspaceSettings settings) {
        settings.setCurrency(currency);
        settings.setSalesEditAll(salesEditAll);
        settings.setTierStrategicMin(strategicMin);
        settings.setTierKeyMin(keyMin);
        settings.setTierEmergingMin(emergingMin);
        settings.setBinRetentionDays(binRetentionDays);
        settings.setImportProblemRetentionDays(importProblemRetentionDays);
        settings.setTimeZone(timeZone);
        settings.setActivityWindowDays(activityWindowDays);
    }

    Object value(Field field) {
        return switch (field) {
            case CURRENCY -> currency;
            case SALES_EDIT_ALL -> salesEditAll;
            case STRATEGIC_MIN -> strategicMin;
            case KEY_MIN -> keyMin;
            case EMERGING_MIN -> emergingMin;
            case BIN_RETENTION -> binRetentionDays;
            case IMPORT_PROBLEM_RETENTION -> importProblemRetentionDays;
            case TIME_ZONE -> timeZone;
            case ACTIVITY_WINDOW -> activityWindowDays;
        };
    }

    /** The fields whose values here differ from {@code other}'s; amounts compare by value (500 = 500.00). */
    List<Field> differencesFrom(SettingsValues other) {
        List<Field> differences = new ArrayList<>();
        for (Field field : Field.values()) {
            if (!same(value(field), other.value(field))) {
                differences.add(field);
            }
        }
        return differences;
    }

    /**
     * These values (the user's, typed over {@code original}) moved onto {@code theirs}: a field the user left
     * as it was takes their value; a field the user changed keeps the user's value.
     */
    SettingsValues rebasedOnto(SettingsValues original, SettingsValues theirs) {
        List<Field> mine = differencesFrom(original);
        return new SettingsValues(
                (String) pick(Field.CURRENCY, mine, theirs),
                (Boolean) pick(Field.SALES_EDIT_ALL, mine, theirs),
                (BigDecimal) pick(Field.STRATEGIC_MIN, mine, theirs),
                (BigDecimal) pick(Field.KEY_MIN, mine, theirs),
                (BigDecimal) pick(Field.EMERGING_MIN, mine, theirs),
                (Integer) pick(Field.BIN_RETENTION, mine, theirs),
                (Integer) pick(Field.IMPORT_PROBLEM_RETENTION, mine, theirs),
                (String) pick(Field.TIME_ZONE, mine, theirs),
                (Integer) pick(Field.ACTIVITY_WINDOW, mine, theirs));
    }

    private Object pick(Field field, List<Field> changedByUser, SettingsValues theirs) {
        return changedByUser.contains(field) ? value(field) : theirs.value(field);
    }

    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
    }
}
