package com.cartera.customer;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The currency the workspace keeps its money in, for showing amounts. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class WorkspaceCurrency {

    private final WorkspaceSettingsRepository settings;

    WorkspaceCurrency(WorkspaceSettingsRepository settings) {
        this.settings = settings;
    }

    /** The ISO 4217 code, such as {@code EUR}. */
    public String code() {
        return settings.current().getCurrency();
    }
}
