package com.cartera.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far past its due date an open amount is as of a day (DESIGN §5): not due, 1–30, 31–60, 61–90, over 90. */
public enum AgeingBucket {
    NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90;

    public static AgeingBucket of(LocalDate dueOn, LocalDate asOf) {
        long late = ChronoUnit.DAYS.between(dueOn, asOf);
        if (late <= 0) {
            return NOT_DUE;
        }
        if (late <= 30) {
            return DAYS_1_30;
        }
        if (late <= 60) {
            return DAYS_31_60;
        }
        return late <= 90 ? DAYS_61_90 : OVER_90;
    }
}
