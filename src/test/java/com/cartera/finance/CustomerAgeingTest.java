package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One customer's ageing as of a day, against a set computed by hand: two invoices, a partial payment leaving credit
 * unallocated, a credit note, a payment reversed later.
 */
@CarteraIntegrationTest
class CustomerAgeingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerAgeing ageing;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    private <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    @Test
    void ageingAsOfTodayAndAsOfPastDays() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Antigüedad " + TestData.uniqueSlug("a"));
        Customer customer = data.customer(admin, "Morosa", null, LifecycleStage.ACTIVE);
        long id = customer.getId();
        inWorkspace(admin, () -> {
            var book = new Receivables(sql, ledger);
            // I1: 121.00 due 1 April; I2: 242.00 due 31 May.
            long first = book.invoice(id, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "121.00");
            long second = book.invoice(id, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "242.00");
            // P1 on 10 April: 100.00, 50.00 of it to I1, 50.00 kept as credit.
            book.payment(id, first, LocalDate.of(2026, 4, 10), "100.00", "50.00");
            // P2 on 20 May: 30.00 to I2, reversed on 10 June.
            long returned = book.payment(id, second, LocalDate.of(2026, 5, 20), "30.00", "30.00");
            book.reverse(returned, second, LocalDate.of(2026, 6, 10), "30.00");
            // A credit note of 42.00 on I2 on 5 June.
            book.credit(second, LocalDate.of(2026, 6, 5), "42.00");
            return null;
        });

        // 30 June: I1 121 − 50 = 71, 90 days late (29 + 31 + 30) → 61–90; I2 242 − 30 + 30 − 42 = 200, 30 days
        // late → 1–30; credit 50 from P1 (P2 reversed by then).
        CustomerReceivables june = inWorkspace(admin, () -> ageing.of(id, LocalDate.of(2026, 6, 30)));
        assertThat(june.ageing().get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("0");
        assertThat(june.ageing().get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("200.00");
        assertThat(june.ageing().get(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("0");
        assertThat(june.ageing().get(AgeingBucket.DAYS_61_90)).isEqualByComparingTo("71.00");
        assertThat(june.ageing().get(AgeingBucket.OVER_90)).isEqualByComparingTo("0");
        assertThat(june.unallocatedCredit()).isEqualByComparingTo("50.00");
        assertThat(june.balance()).isEqualByComparingTo("221.00");

        // 5 April, before any payment: only I1, 121.00 four days late; I2 not issued yet; no credit.
        CustomerReceivables april = inWorkspace(admin, () -> ageing.of(id, LocalDate.of(2026, 4, 5)));
        assertThat(april.ageing().get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("121.00");
        assertThat(april.ageing().total()).isEqualByComparingTo("121.00");
        assertThat(april.unallocatedCredit()).isEqualByComparingTo("0");

        // 25 May: I1 71.00, 54 days late → 31–60; I2 242 − 30 (P2 not yet reversed) = 212.00 not due; credit 50.
        CustomerReceivables may = inWorkspace(admin, () -> ageing.of(id, LocalDate.of(2026, 5, 25)));
        assertThat(may.ageing().get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("212.00");
        assertThat(may.ageing().get(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("71.00");
        assertThat(may.ageing().total()).isEqualByComparingTo("283.00");
        assertThat(may.unallocatedCredit()).isEqualByComparingTo("50.00");

        // Another workspace reading the same customer id sees nothing of this one.
        SignedInUser stranger = data.newWorkspace("Ajena " + TestData.uniqueSlug("a"));
        CustomerReceivables elsewhere = inWorkspace(stranger, () -> ageing.of(id, LocalDate.of(2026, 6, 30)));
        assertThat(elsewhere.ageing().total()).isEqualByComparingTo("0");
        assertThat(elsewhere.unallocatedCredit()).isEqualByComparingTo("0");
    }
}
