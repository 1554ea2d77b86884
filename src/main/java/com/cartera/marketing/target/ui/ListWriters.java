package com.cartera.marketing.target.ui;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;

/** Marketing and admin change target lists; management only reads them. */
final class ListWriters {

    private ListWriters() {
    }

    static boolean mayChange(CurrentUser currentUser) {
        return currentUser.get().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.MARKETING))
                .orElse(false);
    }
}
