package com.cartera.tenancy;

/** Another workspace already uses this slug. */
public class SlugTakenException extends RuntimeException {

    public SlugTakenException(String slug) {
        super("Workspace slug already taken: " + slug);
    }
}
