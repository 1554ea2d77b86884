package com.cartera.support;

import java.util.List;

/** How many answers gave each rating: {@code counts.get(0)} for 1 up to {@code counts.get(4)} for 5. */
public record RatingDistribution(List<Long> counts) {

    public RatingDistribution {
        counts = List.copyOf(counts);
        if (counts.size() != 5) {
            throw new IllegalArgumentException("Five ratings, 1 to 5: " + counts);
        }
    }

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
