package com.cartera.customer;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the workspace's settings for every module (currency for money, tier thresholds). */
@Service
@Transactional(readOnly = true)
@PermitAll
public class WorkspaceSettingsService {

    private final WorkspaceSettingsRepository settings;

    WorkspaceSettingsService(WorkspaceSettingsRepository settings) {
        this.settings = settings;
    }

    /** The signed-in person's workspace settings. */
    public WorkspaceSettings current() {
        return settings.current();
    }
}
