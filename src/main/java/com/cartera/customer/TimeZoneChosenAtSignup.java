package com.cartera.customer;

import com.cartera.security.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stores the time zone chosen at sign-up in the new workspace's settings, in the transaction that creates it. */
@Component
class TimeZoneChosenAtSignup {

    private final WorkspaceSettingsRepository settings;

    TimeZoneChosenAtSignup(WorkspaceSettingsRepository settings) {
        this.settings = settings;
    }

    @EventListener
    void on(WorkspaceCreated created) {
        WorkspaceSettings current = settings.current();
        current.setTimeZone(created.zone().getId());
        settings.saveAndFlush(current);
    }
}
