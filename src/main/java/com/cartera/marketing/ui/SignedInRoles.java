package com.cartera.marketing.ui;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;

/** Whether the signed-in person changes marketing data (marketing, admin) or only reads it (management). */
record SignedInRoles(boolean writes) {

    SignedInRoles(CurrentUser currentUser) {
        this(currentUser.require().hasRole(Role.MARKETING) || currentUser.require().hasRole(Role.ADMIN));
    }
}
