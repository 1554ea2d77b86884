package com.cartera.support;

import java.time.Duration;
import java.util.List;

/**
 * Spans counted per bucket of {@code support_span_bucket} (V39): whole minutes below a day, then steps of 1 %. Reads
 * a percentile as PostgreSQL's {@code percentile_cont} does (interpolating between the two nearest ranks), each span
 * taken at its bucket's lower bound, so it is exact to the minute below a day and within 1 % above.
 */
final class SpanBuckets {

    private static final int MINUTES_A_DAY = 1440;
    private static final double STEP = 1.01;

    /** {@code tickets} spans in bucket {@code bucket}. */
    record Bucket(int bucket, long tickets) {
    }

    private final List<Bucket> buckets;
    private final long tickets;

    /** @param buckets in bucket order, none empty */
    SpanBuckets(List<Bucket> buckets) {
        this.buckets = List.copyOf(buckets);
        this.tickets = buckets.stream().mapToLong(Bucket::tickets).sum();
    }

    long tickets() {
        return tickets;
    }

    /** The {@code fraction} percentile (0.5 the median), null without spans. */
    Duration percentile(double fraction) {
        if (tickets == 0) {
            return null;
        }
        double position = fraction * (tickets - 1);
        long below = (long) Math.floor(position);
        double lower = minutesAt(below);
        double upper = minutesAt((long) Math.ceil(position));
        double minutes = lower + (position - below) * (upper - lower);
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    /** The span at {@code rank} (0 the shortest), in minutes. */
    private double minutesAt(long rank) {
        long seen = 0;
        for (Bucket bucket : buckets) {
            seen += bucket.tickets();
            if (rank < seen) {
                return minutes(bucket.bucket());
            }
        }
        throw new IllegalArgumentException("No span at rank " + rank + " of " + tickets);
    }

    /** A bucket's lower bound in minutes. */
    static double minutes(int bucket) {
        return bucket < MINUTES_A_DAY ? bucket : MINUTES_A_DAY * Math.pow(STEP, bucket - MINUTES_A_DAY);
    }
}
