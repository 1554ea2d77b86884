package com.cartera.customer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two live customers of the workspace that look like the same one.
 *
 * @param first   the one with the lower id, with its owner loaded
 * @param second  the other one, with its owner loaded
 * @param score   how likely they are the same, 0..100
 * @param reasons which keys matched, never empty
 */
public record DuplicatePair(Customer first, Customer second, int score, Set<DuplicateReason> reasons) {

    public DuplicatePair {
        // Ordered as the enum, strongest evidence first, for showing.
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
