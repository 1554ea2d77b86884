package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    @Test
    void daysAfterIssue() {
        assertThat(new PaymentTerms(30, null).dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new PaymentTerms(0, null).dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void thenTheNextPaymentDayOfAMonth() {
        // 30 days after 5 January is 4 February; the next 10th is 10 February.
        assertThat(new PaymentTerms(30, 10).dueDate(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 2, 10));
        // 30 days after 15 January is 14 February; the 10th has passed: 10 March.
        assertThat(new PaymentTerms(30, 10).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 3, 10));
        // Paid on the 31st: February's is its last day.
        assertThat(new PaymentTerms(0, 31).dueDate(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2026, 2, 28));
        // On the day itself it is that day.
        assertThat(new PaymentTerms(0, 10).dueDate(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void refusesTermsOutsideTheirRange() {
        assertThatThrownBy(() -> new PaymentTerms(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentTerms(30, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
