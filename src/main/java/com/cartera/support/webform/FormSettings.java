package com.cartera.support.webform;

import java.util.Set;

/**
 * The workspace's public form: on or off, the text shown above it, the categories it offers.
 *
 * @param version the version read, to detect a colleague's save in between
 */
public record FormSettings(boolean enabled, String intro, Set<Long> categoryIds, long version) {

    public FormSettings {
        categoryIds = Set.copyOf(categoryIds);
    }
}
