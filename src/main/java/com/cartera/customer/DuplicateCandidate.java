package com.cartera.customer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A live customer that looks like the one being created or edited.
 *
 * @param customer the existing customer, with its owner loaded
 * @param score    how likely they are the same, 0..100
 * @param reasons  which keys matched, never empty
 */
public record DuplicateCandidate(Customer customer, int score, Set<DuplicateReason> reasons) {

    public DuplicateCandidate {
        // Ordered as the enum, strongest evidence first, for showing.
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
