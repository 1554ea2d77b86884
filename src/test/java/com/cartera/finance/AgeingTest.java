package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The bucket edges as of 30 June 2026, by hand. */
class AgeingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void bucketEdges() {
        assertThat(AgeingBucket.of(AS_OF, AS_OF)).isEqualTo(AgeingBucket.NOT_DUE);
        assertThat(AgeingBucket.of(AS_OF.minusDays(1), AS_OF)).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(AgeingBucket.of(AS_OF.minusDays(30), AS_OF)).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(AgeingBucket.of(AS_OF.minusDays(31), AS_OF)).isEqualTo(AgeingBucket.DAYS_31_60);
        assertThat(AgeingBucket.of(AS_OF.minusDays(60), AS_OF)).isEqualTo(AgeingBucket.DAYS_31_60);
        assertThat(AgeingBucket.of(AS_OF.minusDays(61), AS_OF)).isEqualTo(AgeingBucket.DAYS_61_90);
        assertThat(AgeingBucket.of(AS_OF.minusDays(90), AS_OF)).isEqualTo(AgeingBucket.DAYS_61_90);
        assertThat(AgeingBucket.of(AS_OF.minusDays(91), AS_OF)).isEqualTo(AgeingBucket.OVER_90);
    }

    @Test
    void sumsPerBucketWithTotalAndOverdue() {
        Ageing ageing = new Ageing.Builder(AS_OF)
                .add(LocalDate.of(2026, 7, 15), new BigDecimal("100.00"))
                .add(LocalDate.of(2026, 6, 20), new BigDecimal("40.50"))
                .add(LocalDate.of(2026, 6, 1), new BigDecimal("9.50"))
                .add(LocalDate.of(2026, 3, 1), new BigDecimal("250.00"))
                .build();
        assertThat(ageing.get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("100.00");
        assertThat(ageing.get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("50.00");
        assertThat(ageing.get(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("0");
        assertThat(ageing.get(AgeingBucket.OVER_90)).isEqualByComparingTo("250.00");
        assertThat(ageing.total()).isEqualByComparingTo("400.00");
        assertThat(ageing.overdue()).isEqualByComparingTo("300.00");
    }
}
