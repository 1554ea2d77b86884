package com.cartera.customer;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the workspace's settings, for views that show money in its currency. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class WorkspaceSettingsService {

    private final WorkspaceSettingsRepository settings;

    WorkspaceSettingsService(WorkspaceSettingsRepository settings) {
        this.settings = settings;
    }

    public WorkspaceSettings current() {
        return settings.current();
    }
}
