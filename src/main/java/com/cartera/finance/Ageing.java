package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Open receivables as of a day by how far past due they are, in the workspace currency. Built from open amounts
 * by due date; every bucket is present (zero when empty).
 */
public record Ageing(LocalDate asOf, Map<AgeingBucket, BigDecimal> buckets) {

    public Ageing {
        buckets = Collections.unmodifiableMap(new EnumMap<>(buckets));
    }

    /** Collects open amounts by their due dates into the buckets as of {@code asOf}. */
    public static final class Builder {
        private final LocalDate asOf;
        private final EnumMap<AgeingBucket, BigDecimal> buckets = new EnumMap<>(AgeingBucket.class);

        public Builder(LocalDate asOf) {
            this.asOf = asOf;
            Arrays.stream(AgeingBucket.values()).forEach(bucket -> buckets.put(bucket, BigDecimal.ZERO.setScale(2)));
        }

        public Builder add(LocalDate dueOn, BigDecimal open) {
            buckets.merge(AgeingBucket.of(dueOn, asOf), open, BigDecimal::add);
            return this;
        }

        public Ageing build() {
            return new Ageing(asOf, buckets);
        }
    }

    public BigDecimal get(AgeingBucket bucket) {
        return buckets.get(bucket);
    }

    public BigDecimal total() {
        return buckets.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What is past due: every bucket but {@link AgeingBucket#NOT_DUE}. */
    public BigDecimal overdue() {
        return total().subtract(get(AgeingBucket.NOT_DUE));
    }
}
