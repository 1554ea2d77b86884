package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Ageing per owner, today from the open invoices and on a past day from the ledger, adds up to the daily sums. */
@CarteraIntegrationTest
class OwnerAgeingTest {

    private record DueSum(LocalDate dueOn, BigDecimal open) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    OwnerAgeing ownerAgeing;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    WorkspaceCalendar calendar;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    private <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    @Test
    void rowsPerOwnerAddUpToTheWorkspaceSums() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Dueños " + TestData.uniqueSlug("o"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        Customer mine = data.customer(admin, "De la admin", null, LifecycleStage.ACTIVE);
        Customer theirs = data.customer(admin, "De Vera", null, LifecycleStage.ACTIVE);
        Customer nobodys = data.customer(admin, "De nadie", null, LifecycleStage.ACTIVE);
        LocalDate today = inWorkspace(admin, () -> {
            LocalDate day = calendar.today();
            var book = new Receivables(sql, ledger);
            book.ownedBy(mine.getId(), admin.userId());
            book.ownedBy(theirs.getId(), seller.userId());
            book.ownedBy(nobodys.getId(), null);
            book.invoice(mine.getId(), day.minusDays(50), day.minusDays(20), "100.00");
            long old = book.invoice(theirs.getId(), day.minusDays(120), day.minusDays(95), "200.00");
            book.payment(theirs.getId(), old, day.minusDays(10), "80.00", "80.00");
            book.invoice(nobodys.getId(), day.minusDays(5), day.plusDays(25), "50.00");
            return day;
        });

        // Today: the admin's 100 is 20 days late; Vera's 200 − 80 = 120 is 95 days late; nobody's 50 is not due.
        Map<java.util.UUID, Ageing> now = byOwner(inWorkspace(admin, () -> ownerAgeing.asOf(today)));
        assertThat(now).hasSize(3);
        assertThat(now.get(admin.userId()).get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("100.00");
        assertThat(now.get(seller.userId()).get(AgeingBucket.OVER_90)).isEqualByComparingTo("120.00");
        assertThat(now.get(null).get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("50.00");
        assertAddsUpToDailySums(admin, now, today);

        // Fifteen days ago: the admin's 100 was 5 days late; Vera's 200 (unpaid then) 80 days late; nobody's invoice
        // was not issued yet.
        LocalDate past = today.minusDays(15);
        Map<java.util.UUID, Ageing> then = byOwner(inWorkspace(admin, () -> ownerAgeing.asOf(past)));
        assertThat(then).hasSize(2).doesNotContainKey(null);
        assertThat(then.get(admin.userId()).get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("100.00");
        assertThat(then.get(seller.userId()).get(AgeingBucket.DAYS_61_90)).isEqualByComparingTo("200.00");
        assertAddsUpToDailySums(admin, then, past);

        SignedInUser stranger = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        assertThat(inWorkspace(stranger, () -> ownerAgeing.asOf(today))).isEmpty();
    }

    private void assertAddsUpToDailySums(SignedInUser admin, Map<java.util.UUID, Ageing> rows, LocalDate asOf) {
        List<DueSum> sums = inWorkspace(admin, () -> sql.client().sql("""
                        select due_on, sum(invoiced - credited - collected) as open from receivable_day
                        where booked_on <= :asOf group by due_on""")
                .param("asOf", asOf).query(DueSum.class).list());
        var workspace = new Ageing.Builder(asOf);
        sums.forEach(sum -> workspace.add(sum.dueOn(), sum.open()));
        Ageing expected = workspace.build();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            BigDecimal total = rows.values().stream().map(ageing -> ageing.get(bucket))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as(bucket.name()).isEqualByComparingTo(expected.get(bucket));
        }
    }

    private static Map<java.util.UUID, Ageing> byOwner(List<OwnerAgeing.Row> rows) {
        return rows.stream().collect(Collectors.toMap(OwnerAgeing.Row::ownerId, OwnerAgeing.Row::ageing,
                (a, b) -> a, java.util.HashMap::new));
    }
}
