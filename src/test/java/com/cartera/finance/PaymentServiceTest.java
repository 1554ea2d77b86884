package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording, allocating and reversing payments against invoices I1 100.00 (issued 1 Mar 2026, due 31 Mar),
 * I2 50.00 (10 Mar, due 9 Apr) and I3 80.00 (20 Mar, due 19 Apr); the test clock's today is long after them.
 */
@CarteraIntegrationTest
class PaymentServiceTest {

    static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    PaymentService service;
    @Autowired
    Payments payments;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    TestData data;
    SignedInUser admin;
    Customer customer;
    PaymentTestInvoices invoices;
    long i1;
    long i2;
    long i3;

    <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    @BeforeEach
    void threeInvoices() {
        data = new TestData(context);
        admin = data.newWorkspace("Cobros " + TestData.uniqueSlug("c"));
        customer = data.customer(admin, "Pagadora", "paga@example.test", LifecycleStage.ACTIVE);
        invoices = new PaymentTestInvoices(sql, ledger);
        inWorkspace(admin, () -> {
            i1 = invoices.issued(customer.getId(), "I1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    "100.00");
            i2 = invoices.issued(customer.getId(), "I2", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 9),
                    "50.00");
            i3 = invoices.issued(customer.getId(), "I3", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 19),
                    "80.00");
            return null;
        });
    }

    PaymentDraft draft(String amount, String reference, InvoiceAllocation... allocations) {
        return new PaymentDraft(customer.getId(), APRIL_1, new BigDecimal(amount), "EUR",
                PaymentMethod.BANK_TRANSFER, reference, null, List.of(allocations));
    }

    static InvoiceAllocation part(long invoice, String amount) {
        return new InvoiceAllocation(invoice, new BigDecimal(amount));
    }

    PaymentTestInvoices.Invoice invoice(long id) {
        return inWorkspace(admin, () -> invoices.read(id));
    }

    /**
     * 120.00 on 1 Apr: 100.00 settles I1, 10.00 leaves I2 with 40.00, 10.00 is kept. The auto button would put 60.00
     * on I2 (40.00, due first) then I3 (20.00). The 10.00 kept goes to I2 later: 30.00 left there, no credit.
     */
    @Test
    void partialAllocationsOnSeveralInvoicesAndCreditUsedLater() {
        Payment payment = inWorkspace(admin, () -> service.record(draft("120.00", "TR-1", part(i1, "100.00"),
                part(i2, "10.00"))));
        assertThat(payment.unallocated()).isEqualByComparingTo("10.00");
        assertThat(payment.hasCredit()).isTrue();
        assertThat(invoice(i1)).isEqualTo(new PaymentTestInvoices.Invoice("PAID", new BigDecimal("0.00"), APRIL_1));
        assertThat(invoice(i2)).isEqualTo(new PaymentTestInvoices.Invoice("PARTIALLY_PAID",
                new BigDecimal("40.00"), null));

        assertThat(inWorkspace(admin, () -> service.suggestAllocation(customer.getId(), new BigDecimal("60.00"))))
                .containsExactly(part(i2, "40.00"), part(i3, "20.00"));

        Payment later = inWorkspace(admin, () -> service.allocate(payment.id(), payment.version(),
                List.of(part(i2, "10.00"))));
        assertThat(later.unallocated()).isEqualByComparingTo("0");
        assertThat(later.version()).isGreaterThan(payment.version());
        assertThat(invoice(i2).openAmount()).isEqualByComparingTo("30.00");
        // Open 30.00 on I2 and 80.00 on I3, both past due by now; no credit left.
        CustomerAccount account = inWorkspace(admin, () -> payments.account(customer.getId()));
        assertThat(account.openAmount()).isEqualByComparingTo("110.00");
        assertThat(account.overdue()).isEqualByComparingTo("110.00");
        assertThat(account.unallocatedCredit()).isEqualByComparingTo("0");

        // Allocating from a version no longer current is refused.
        assertThatThrownBy(() -> inWorkspace(admin, () -> service.allocate(payment.id(), payment.version(),
                List.of(part(i3, "1.00"))))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    /** 40.00 on I3 then reversed on 5 Apr: I3 owes its 80.00 again and is ISSUED; the payment row stays. */
    @Test
    void reversalRestoresOpenAmountsAndStatusAndKeepsThePayment() {
        Payment paid = inWorkspace(admin, () -> service.record(draft("140.00", "CHQ-9", part(i1, "100.00"),
                part(i3, "40.00"))));
        assertThat(invoice(i3).status()).isEqualTo("PARTIALLY_PAID");

        Payment reversed = inWorkspace(admin, () -> service.reverse(paid.id(), paid.version(),
                LocalDate.of(2026, 4, 5), "Cheque devuelto"));
        assertThat(reversed.reversed()).isTrue();
        assertThat(reversed.reversedOn()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(reversed.reversalReason()).isEqualTo("Cheque devuelto");
        assertThat(reversed.amount()).isEqualByComparingTo("140.00");
        assertThat(invoice(i1)).isEqualTo(new PaymentTestInvoices.Invoice("ISSUED", new BigDecimal("100.00"), null));
        assertThat(invoice(i3)).isEqualTo(new PaymentTestInvoices.Invoice("ISSUED", new BigDecimal("80.00"), null));
        assertThat(inWorkspace(admin, () -> sql.client().sql(
                "select count(*) from payment_allocation where payment_id = :p and reversed_on is not null")
                .param("p", paid.id()).query(Long.class).single())).isEqualTo(2);

        refusedOn("payment", () -> inWorkspace(admin, () -> service.reverse(paid.id(), LocalDate.of(2026, 4, 6),
                "Otra vez")));
        refusedOn("payment", () -> inWorkspace(admin, () -> service.allocate(paid.id(),
                List.of(part(i2, "1.00")))));
    }

    @Test
    void aReversalNeedsAReasonAndADayNotBeforeThePayment() {
        Payment paid = inWorkspace(admin, () -> service.record(draft("10.00", null, part(i1, "10.00"))));
        refusedOn("reason", () -> inWorkspace(admin, () -> service.reverse(paid.id(), APRIL_1, " ")));
        refusedOn("on", () -> inWorkspace(admin, () -> service.reverse(paid.id(), APRIL_1.minusDays(1), "Error")));
        assertThat(invoice(i1).openAmount()).isEqualByComparingTo("90.00");
    }

    @Test
    void eachRefusalNamesItsFieldAndSavesNothing() {
        long other = data.customer(admin, "Otra", null, LifecycleStage.ACTIVE).getId();
        long[] foreign = new long[4];
        inWorkspace(admin, () -> {
            foreign[0] = invoices.issued(other, "O1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "10.00");
            foreign[1] = invoices.draft(customer.getId(), "D1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    "10.00");
            foreign[2] = invoices.creditNote(customer.getId(), i3, LocalDate.of(2026, 3, 25), "5.00");
            foreign[3] = invoices.issued(customer.getId(), "S1", LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), "10.00");
            return null;
        });
        inWorkspace(admin, () -> service.record(draft("10.00", "Ref-Única", part(foreign[3], "10.00"))));

        refusedOn("amount", () -> record(draft("0", null)));
        refusedOn("amount", () -> record(draft("-5.00", null)));
        refusedOn("amount", () -> record(draft("10.005", null)));
        refusedOn("currency", () -> record(new PaymentDraft(customer.getId(), APRIL_1, BigDecimal.TEN, "USD",
                PaymentMethod.CARD, null, null, List.of())));
        refusedOn("receivedOn", () -> record(new PaymentDraft(customer.getId(), LocalDate.of(2999, 1, 1),
                BigDecimal.TEN, "EUR", PaymentMethod.CARD, null, null, List.of())));
        refusedOn("reference", () -> record(draft("5.00", "REF-ÚNICA")));
        // I2 has 50.00 open.
        refusedOn("allocation." + i2, () -> record(draft("60.00", null, part(i2, "50.01"))));
        // 100.00 + 30.00 allocated from 120.00.
        refusedOn("amount", () -> record(draft("120.00", null, part(i1, "100.00"), part(i3, "30.00"))));
        refusedOn("allocation." + foreign[0], () -> record(draft("10.00", null, part(foreign[0], "10.00"))));
        refusedOn("allocation." + foreign[1], () -> record(draft("10.00", null, part(foreign[1], "10.00"))));
        refusedOn("allocation." + foreign[2], () -> record(draft("5.00", null, part(foreign[2], "5.00"))));
        refusedOn("allocation." + foreign[3], () -> record(draft("10.00", null, part(foreign[3], "10.00"))));
        // A payment received before the invoice was issued (I3: 20 Mar).
        refusedOn("allocation." + i3, () -> record(new PaymentDraft(customer.getId(), LocalDate.of(2026, 3, 19),
                BigDecimal.TEN, "EUR", PaymentMethod.CASH, null, null, List.of(part(i3, "10.00")))));

        assertThat(inWorkspace(admin, () -> payments.countUpTo(PaymentFilter.all()))).isEqualTo(1);
        assertThat(invoice(i1).openAmount()).isEqualByComparingTo("100.00");
        assertThat(invoice(i2).openAmount()).isEqualByComparingTo("50.00");
    }

    @Test
    void theListFiltersByStateReferenceAndCustomer() {
        inWorkspace(admin, () -> {
            service.record(draft("10.00", "TR-100"));
            service.record(draft("20.00", "TR-200", part(i1, "20.00")));
            Payment bounced = service.record(draft("30.00", "CHQ-1", part(i2, "30.00")));
            service.reverse(bounced.id(), APRIL_1, "Devuelto");
            return null;
        });
        inWorkspace(admin, () -> {
            assertThat(payments.page(PaymentFilter.all(), 0, 10)).hasSize(3);
            assertThat(payments.page(filter(null, PaymentFilter.State.WITH_CREDIT), 0, 10))
                    .extracting(Payment::reference).containsExactly("TR-100");
            assertThat(payments.page(filter(null, PaymentFilter.State.REVERSED), 0, 10))
                    .extracting(Payment::reference).containsExactly("CHQ-1");
            assertThat(payments.page(filter("tr-", PaymentFilter.State.LIVE), 0, 10)).hasSize(2);
            assertThat(payments.countUpTo(filter("tr-", PaymentFilter.State.ALL))).isEqualTo(2);
            assertThat(payments.latest(customer.getId(), 2)).hasSize(2);
            assertThat(payments.page(PaymentFilter.all(), 0, 10)).allSatisfy(
                    payment -> assertThat(payment.customerName()).isEqualTo("Pagadora"));
            return null;
        });
    }

    PaymentFilter filter(String reference, PaymentFilter.State state) {
        return new PaymentFilter(customer.getId(), null, null, null, reference, state);
    }

    @Test
    void anotherWorkspaceCanNeitherReadNorChangeThePayments() {
        Payment paid = inWorkspace(admin, () -> service.record(draft("50.00", "TR-X", part(i2, "50.00"))));
        SignedInUser other = data.newWorkspace("Ajena " + TestData.uniqueSlug("a"));
        inWorkspace(other, () -> {
            assertThat(payments.find(paid.id())).isEmpty();
            assertThat(payments.page(PaymentFilter.all(), 0, 10)).isEmpty();
            assertThat(payments.countUpTo(PaymentFilter.all())).isZero();
            return null;
        });
        assertThatThrownBy(() -> inWorkspace(other, () -> service.reverse(paid.id(), paid.version(), APRIL_1,
                "Ajena"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Customer theirs = data.customer(other, "Suya", null, LifecycleStage.ACTIVE);
        // The first workspace's invoice id means nothing in the second.
        refusedOn("allocation." + i1, () -> inWorkspace(other, () -> service.record(new PaymentDraft(
                theirs.getId(), APRIL_1, BigDecimal.TEN, "EUR", PaymentMethod.CASH, null, null,
                List.of(part(i1, "10.00"))))));
        assertThat(inWorkspace(admin, () -> payments.find(paid.id())).orElseThrow().reversed()).isFalse();
        assertThat(invoice(i2).status()).isEqualTo("PAID");
    }

    @Test
    void onlyFinanceAndAdminWrite() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fin", Set.of(Role.FINANCE));
        assertThat(inWorkspace(finance, () -> service.record(draft("5.00", null))).amount())
                .isEqualByComparingTo("5.00");
        for (Role role : List.of(Role.MANAGEMENT, Role.SALES)) {
            SignedInUser reader = data.addMember(admin, TestData.uniqueEmail("r"), "Lectora", Set.of(role));
            assertThatThrownBy(() -> inWorkspace(reader, () -> service.record(draft("5.00", null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    Payment record(PaymentDraft draft) {
        return inWorkspace(admin, () -> service.record(draft));
    }

    static void refusedOn(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FinanceRefusedException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
