package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The invoice list's filters, the age ones reading the ledger as of a day. */
@CarteraIntegrationTest
class InvoiceQueueTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvoiceQueue queue;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void filtersByStatusCustomerDatesAndAgeAsOfADay() {
        var fx = new FinanceFixtures(context, "Lista");
        Customer other = fx.data.customer(fx.admin, "Otra S.A.", null, LifecycleStage.ACTIVE);
        Invoice january = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 1, 1)); // due 31 Jan, 12.10
        Invoice march = fx.issued(fx.customer, "20.00", LocalDate.of(2026, 3, 1));   // due 31 Mar
        Invoice others = fx.issued(other, "30.00", LocalDate.of(2026, 2, 1));        // due 3 Mar
        TestData.as(fx.finance, () -> transactions.execute(status -> ledger.book(january.id(),
                LedgerEntryKind.PAYMENT, LocalDate.of(2026, 3, 15), new BigDecimal("12.10"))));

        TestData.as(fx.finance, () -> {
            assertThat(ids(new InvoiceFilter(Set.of(InvoiceStatus.PAID), null, null, null, null, false, null)))
                    .containsExactly(january.id());
            assertThat(ids(new InvoiceFilter(Set.of(), fx.customer.getId(), null, null, null, false, null)))
                    .containsExactly(march.id(), january.id());
            assertThat(ids(new InvoiceFilter(Set.of(), null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
                    null, false, null))).containsExactly(march.id(), others.id());
            // 10 March: January's invoice was still open (paid on the 15th), 31 Jan → 10 Mar is 38 days late;
            // the other customer's, due 3 Mar, 7 days late; March's not due yet.
            LocalDate march10 = LocalDate.of(2026, 3, 10);
            assertThat(ids(age(march10, true, null))).containsExactly(others.id(), january.id());
            assertThat(ids(age(march10, false, AgeingBucket.DAYS_31_60))).containsExactly(january.id());
            assertThat(ids(age(march10, false, AgeingBucket.DAYS_1_30))).containsExactly(others.id());
            assertThat(ids(age(march10, false, AgeingBucket.NOT_DUE))).containsExactly(march.id());
            // 20 April: January's is paid; March's 20 days late, the other's 48.
            LocalDate april20 = LocalDate.of(2026, 4, 20);
            assertThat(ids(age(april20, false, AgeingBucket.DAYS_1_30))).containsExactly(march.id());
            assertThat(ids(age(april20, false, AgeingBucket.DAYS_31_60))).containsExactly(others.id());
            assertThat(queue.page(age(april20, true, null), 0, 10)).extracting(row -> row.daysOverdue(april20))
                    .containsExactly(20L, 48L);
            assertThat(queue.page(InvoiceFilter.all(), 0, 10)).extracting(InvoiceRow::customerName)
                    .containsExactly("Ferretería Ruiz S.L.", "Otra S.A.", "Ferretería Ruiz S.L.");
            assertThat(queue.countUpTo(InvoiceFilter.all(), 2)).isEqualTo(new InvoiceCount(2, true));
            assertThat(queue.countUpTo(InvoiceFilter.all(), 3)).isEqualTo(new InvoiceCount(3, false));
            return null;
        });
    }

    private static InvoiceFilter age(LocalDate asOf, boolean overdue, AgeingBucket bucket) {
        return new InvoiceFilter(Set.of(), null, null, null, asOf, overdue, bucket);
    }

    private java.util.List<Long> ids(InvoiceFilter filter) {
        return queue.page(filter, 0, 50).stream().map(InvoiceRow::id).toList();
    }
}
