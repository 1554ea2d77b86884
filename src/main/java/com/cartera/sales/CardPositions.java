package com.cartera.sales;

import java.util.OptionalDouble;

/**
 * Where a card goes in its column. Cards are ordered by a number with gaps between neighbours, so that a
 * move writes only the moved card: it takes the midpoint of its new neighbours. Halving the gap runs out
 * after thirty moves into the same spot; then the column is spread out again and the move retried.
 */
final class CardPositions {

    /** The distance between neighbours when a column is spread out, and the step past the ends. */
    static final double GAP = 1024;

    /** Below this, two neighbours are too close to put a card between them. */
    static final double MIN_GAP = 1e-6;

    private CardPositions() {
    }

    /**
     * The place for a card between the card above and the card below it.
     *
     * @param above the position of the card that will be right above, or null at the top
     * @param below the position of the card that will be right below, or null at the bottom
     * @return empty when the two are too close: spread the column out first
     */
    static OptionalDouble between(Double above, Double below) {
        if (above == null && below == null) {
            return OptionalDouble.of(GAP);
        }
        if (above == null) {
            return OptionalDouble.of(below - GAP);
        }
        if (below == null) {
            return OptionalDouble.of(above + GAP);
        }
        if (below - above < MIN_GAP) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(above + (below - above) / 2);
    }
}
