package com.cartera.customer;

/** Why two customers look like the same one; strongest evidence first. */
public enum DuplicateReason {
    TAX_ID, EMAIL, PHONE, NAME_AND_CITY;

    /** The i18n key of the reason's label. */
    public String labelKey() {
        return "duplicates.reason." + name();
    }
}
