package com.cartera.base.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Picks a workspace's time zone by its region name ("Europe/Madrid"), each shown with its offset today, so that a
 * person finds their city and sees what it means. Only zones Java knows are offered.
 */
public class TimeZoneField extends ComboBox<String> {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe"
                    + "|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    public TimeZoneField(Clock clock) {
        setItems(ZONES);
        setItemLabelGenerator(id -> id.replace('_', ' ') + " (" + offsetToday(id, clock) + ")");
        setAllowCustomValue(false);
    }

    private static String offsetToday(String zone, Clock clock) {
        ZoneOffset offset = ZoneId.of(zone).getRules().getOffset(clock.instant());
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
}
