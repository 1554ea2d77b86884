package com.cartera.support.sla;

import java.util.List;

/** The workspace's business calendar and targets, as the settings page edits them. */
public record SlaSettings(List<WorkingHours> hours, List<Holiday> holidays, List<SlaTarget> targets) {
}
