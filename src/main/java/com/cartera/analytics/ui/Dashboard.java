package com.cartera.analytics.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.cartera.security.Role;

/**
 * The dashboards, in the order homes are chosen: a person lands on the first one their roles may see.
 * Management and admins may see every dashboard; each department its own home.
 */
public enum Dashboard {
    MANAGEMENT("dashboard", EnumSet.noneOf(Role.class)),
    SALES("dashboard/sales", EnumSet.of(Role.SALES)),
    MARKETING("dashboard/marketing", EnumSet.of(Role.MARKETING)),
    SUPPORT("dashboard/support", EnumSet.of(Role.SUPPORT)),
    FINANCE("dashboard/finance", EnumSet.of(Role.FINANCE));

    private final String route;
    private final Set<Role> departmentRoles;

    Dashboard(String route, Set<Role> departmentRoles) {
        this.route = route;
        this.departmentRoles = departmentRoles;
    }

    public String route() {
        return route;
    }

    /** The translation key of the dashboard's name. */
    public String titleKey() {
        return "dashboard." + name().toLowerCase() + ".title";
    }

    public boolean visibleTo(Set<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.MANAGEMENT)
                || departmentRoles.stream().anyMatch(roles::contains);
    }

    /** The dashboards {@code roles} may see, home first. */
    public static List<Dashboard> visibleFor(Set<Role> roles) {
        return EnumSet.allOf(Dashboard.class).stream().filter(dashboard -> dashboard.visibleTo(roles)).toList();
    }

    /** Where a person holding {@code roles} starts: the first dashboard they may see. */
    public static Optional<Dashboard> homeOf(Set<Role> roles) {
        return visibleFor(roles).stream().findFirst();
    }
}
