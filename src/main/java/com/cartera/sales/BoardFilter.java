package com.cartera.sales;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the board shows: every opportunity, or those of one owner, of customers with one tag, or expected
 * to close within a range (either end open). Nulls mean "any".
 */
public record BoardFilter(UUID ownerId, Long tagId, LocalDate closeFrom, LocalDate closeTo) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null);

    public BoardFilter withOwner(UUID owner) {
        return new BoardFilter(owner, tagId, closeFrom, closeTo);
    }

    public BoardFilter withTag(Long tag) {
        return new BoardFilter(ownerId, tag, closeFrom, closeTo);
    }

    public BoardFilter withExpectedClose(LocalDate from, LocalDate to) {
        return new BoardFilter(ownerId, tagId, from, to);
    }
}
