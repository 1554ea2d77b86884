package com.cartera.security;

/** What a member may do in a workspace. A membership may hold several roles. */
public enum Role {
    ADMIN, SALES, MARKETING, SUPPORT, FINANCE, MANAGEMENT;

    /** The role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SALES = "SALES";
        public static final String MARKETING = "MARKETING";
        public static final String SUPPORT = "SUPPORT";
        public static final String FINANCE = "FINANCE";
        public static final String MANAGEMENT = "MANAGEMENT";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
