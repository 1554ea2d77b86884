package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.Purchase;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Drafts, issue, numbering, billing purchases in one step, and the refusals on their fields. */
@CarteraIntegrationTest
class InvoiceServiceTest {

    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerCreditService credit;
    @Autowired
    WorkspaceCalendar calendar;

    @Test
    void totalsAreRoundedPerLineAndTheIssueNumbersAndDatesTheInvoice() {
        var fx = new FinanceFixtures(context, "Totales");
        TestData.as(fx.finance, () -> credit.update(fx.customer.getId(), 30, 10, null));
        // By hand: 3 × 19.99 = 59.97, less 10 % = 53.973 → 53.97, tax 21 % = 11.3337 → 11.33;
        // 1.5 × 10.01 = 15.015 → 15.02 (half up), tax 10 % = 1.502 → 1.50; 0.333 × 3 = 0.999 → 1.00, tax 4 % = 0.04.
        // Subtotal 53.97 + 15.02 + 1.00 = 69.99; tax 11.33 + 1.50 + 0.04 = 12.87; total 82.86.
        InvoiceDraft draft = new InvoiceDraft(fx.customer.getId(), null, JAN_15, null, "Pedido 77", List.of(
                fx.line("Tornillos", "3", "19.99", "10", 21),
                fx.line("Portes", "1.5", "10.01", null, 10),
                fx.line("Folleto", "0.333", "3.00", "0", 4)));
        Invoice saved = TestData.as(fx.finance, () -> fx.invoices.createDraft(draft));
        assertThat(saved.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(saved.numbered()).isFalse();
        assertThat(saved.lines()).extracting(InvoiceLine::net).containsExactly(new BigDecimal("53.97"),
                new BigDecimal("15.02"), new BigDecimal("1.00"));
        assertThat(saved.lines()).extracting(InvoiceLine::tax).containsExactly(new BigDecimal("11.33"),
                new BigDecimal("1.50"), new BigDecimal("0.04"));
        assertThat(saved.subtotal()).isEqualByComparingTo("69.99");
        assertThat(saved.taxTotal()).isEqualByComparingTo("12.87");
        assertThat(saved.total()).isEqualByComparingTo("82.86");

        Invoice issued = TestData.as(fx.finance, () -> fx.invoices.issue(saved.id()));
        // A new workspace's series starts at 1; terms "30 days, on the 10th": 15 Jan + 30 = 14 Feb, so 10 March.
        assertThat(issued.number()).isEqualTo("F-2026-000001");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(issued.openAmount()).isEqualByComparingTo("82.86");
        assertThat(TestData.as(fx.finance, () -> fx.invoices.movements(issued.id())))
                .containsExactly(new LedgerMovement(LedgerEntryKind.ISSUE, JAN_15, new BigDecimal("82.86")));
    }

    @Test
    void theSeriesSkipsTypedNumbersAndAUsedNumberIsRefusedIgnoringCase() {
        var fx = new FinanceFixtures(context, "Numeración");
        Invoice first = fx.issued(fx.customer, "10.00", JAN_15);
        assertThat(first.number()).isEqualTo("F-2026-000001");
        InvoiceDraft typed = new InvoiceDraft(fx.customer.getId(), "f-2026-000002", JAN_15, null, null,
                List.of(fx.line("A mano", "1", "5.00", null, 21)));
        TestData.as(fx.finance, () -> fx.invoices.issue(fx.invoices.createDraft(typed).id()));

        assertThat(fx.issued(fx.customer, "10.00", JAN_15).number()).isEqualTo("F-2026-000003");
        InvoiceDraft reused = new InvoiceDraft(fx.customer.getId(), "F-2026-000002", JAN_15, null, null,
                List.of(fx.line("Otra", "1", "5.00", null, 21)));
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.createDraft(reused)), "number",
                "finance.invoice.error.number-used");
    }

    @Test
    void badDraftsAreRefusedOnTheirField() {
        var fx = new FinanceFixtures(context, "Rechazos");
        long customer = fx.customer.getId();
        var good = fx.line("Bien", "1", "1.00", null, 21);
        refused(() -> create(fx, new InvoiceDraft(customer, null, JAN_15, JAN_15.minusDays(1), null, List.of(good))),
                "dueOn", "finance.invoice.error.due-before-issue");
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null, List.of())), "lines",
                "finance.invoice.error.no-lines");
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null,
                List.of(good, fx.line("Cero", "0", "1.00", null, 21)))), "lines[1].quantity",
                "finance.invoice.error.quantity");
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null,
                List.of(fx.line("Mucho", "1", "1.00", "100.01", 21)))), "lines[0].discount",
                "finance.invoice.error.discount");
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null,
                List.of(fx.line("Negativo", "1", "1.00", "-1", 21)))), "lines[0].discount",
                "finance.invoice.error.discount");
        TaxRate special = TestData.as(fx.finance, () -> fx.taxRates.add("Especial 5 %", new BigDecimal("5")));
        TestData.as(fx.finance, () -> {
            fx.taxRates.archive(special.id(), true);
            return null;
        });
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null, List.of(new InvoiceLineDraft(
                null, "Archivada", BigDecimal.ONE, BigDecimal.ONE, null, special.id())))), "lines[0].taxRate",
                "finance.invoice.error.tax-rate");
        refused(() -> create(fx, new InvoiceDraft(customer, null, null, null, null, List.of(new InvoiceLineDraft(
                null, "Sin tipo", BigDecimal.ONE, BigDecimal.ONE, null, 999_999L)))), "lines[0].taxRate",
                "finance.invoice.error.tax-rate");
        refused(() -> create(fx, new InvoiceDraft(999_999L, null, null, null, null, List.of(good))), "customer",
                "finance.error.customer-missing");

        Customer gone = fx.data.customer(fx.admin, "Se va", null, LifecycleStage.ACTIVE);
        Invoice draft = create(fx, new InvoiceDraft(gone.getId(), null, null, null, null, List.of(good)));
        TestData.as(fx.admin, () -> {
            context.getBean(CustomerService.class).delete(gone.getId(), gone.getVersion());
            return null;
        });
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.issue(draft.id())), "customer",
                "finance.error.customer-missing");
        refused(() -> create(fx, new InvoiceDraft(gone.getId(), null, null, null, null, List.of(good))), "customer",
                "finance.error.customer-missing");
    }

    @Test
    void purchasesAreBilledInOneStepAtNetPricesAndOnlyOnce() {
        var fx = new FinanceFixtures(context, "Compras");
        var commerce = new CommerceFixtures(context);
        Product drill = commerce.product(fx.admin, "Taladro", "TAL-" + TestData.uniqueSlug("t"), "12.50");
        Product bits = commerce.product(fx.admin, "Brocas", "BRO-" + TestData.uniqueSlug("b"), "3.35");
        Purchase purchase = TestData.as(fx.admin, () -> context.getBean(com.cartera.commerce.PurchaseService.class)
                .record(fx.customer.getId(), new com.cartera.commerce.PurchaseDraft(LocalDate.of(2026, 2, 3),
                        com.cartera.commerce.SalesChannel.STORE, null, null, List.of(
                        CommerceFixtures.line(drill, "2", null), CommerceFixtures.line(bits, "3", null)))));
        Purchase other = commerce.purchase(fx.admin, fx.customer.getId(), LocalDate.of(2026, 2, 4), bits);

        Invoice invoice = TestData.as(fx.finance, () -> fx.invoices.invoicePurchases(fx.customer.getId(),
                List.of(purchase.getId())));
        // Prices taken as net with the default 21 %: 2 × 12.50 = 25.00, tax 5.25; 3 × 3.35 = 10.05, tax 2.1105 → 2.11.
        // Total 35.05 + 7.36 = 42.41; issued today, due in the default 30 days.
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.origin()).isEqualTo(DocumentOrigin.PURCHASE);
        assertThat(invoice.purchaseIds()).containsExactly(purchase.getId());
        assertThat(invoice.lines()).extracting(InvoiceLine::description).containsExactly("Taladro", "Brocas");
        assertThat(invoice.subtotal()).isEqualByComparingTo("35.05");
        assertThat(invoice.taxTotal()).isEqualByComparingTo("7.36");
        assertThat(invoice.total()).isEqualByComparingTo("42.41");
        LocalDate today = TestData.as(fx.finance, calendar::today);
        assertThat(invoice.issuedOn()).isEqualTo(today);
        assertThat(invoice.dueOn()).isEqualTo(today.plusDays(30));

        assertThat(TestData.as(fx.finance, () -> fx.invoices.unbilledPurchases(fx.customer.getId())))
                .extracting(Purchase::getId).containsExactly(other.getId());
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.invoicePurchases(fx.customer.getId(),
                List.of(other.getId(), purchase.getId()))), "purchases", "finance.invoice.error.purchase-billed");
        Customer stranger = fx.data.customer(fx.admin, "Ajena", null, LifecycleStage.ACTIVE);
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.invoicePurchases(stranger.getId(),
                List.of(other.getId()))), "purchases", "finance.invoice.error.purchase-unknown");
    }

    @Test
    void purchasesBilledOnAPastDayAreDueByTheTermsFromThatDay() {
        var fx = new FinanceFixtures(context, "Compras pasadas");
        var commerce = new CommerceFixtures(context);
        Product drill = commerce.product(fx.admin, "Taladro", "TAL-" + TestData.uniqueSlug("t"), "12.50");
        Purchase purchase = commerce.purchase(fx.admin, fx.customer.getId(), LocalDate.of(2026, 2, 3), drill);

        Invoice invoice = TestData.as(fx.finance, () -> fx.invoices.invoicePurchases(fx.customer.getId(),
                List.of(purchase.getId()), LocalDate.of(2026, 2, 3)));
        // Issued on the purchase's day; the default terms of 30 days make it due on 3 February + 30 = 5 March.
        assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(invoice.purchaseIds()).containsExactly(purchase.getId());
    }

    @Test
    void aDraftIsRewrittenWithItsVersion() {
        var fx = new FinanceFixtures(context, "Borrador");
        Invoice draft = create(fx, new InvoiceDraft(fx.customer.getId(), null, null, null, null,
                List.of(fx.line("Uno", "1", "10.00", null, 21))));
        Invoice rewritten = TestData.as(fx.finance, () -> fx.invoices.updateDraft(draft.id(), draft.version(),
                new InvoiceDraft(fx.customer.getId(), "MIA-1", null, null, null,
                        List.of(fx.line("Dos", "2", "10.00", null, 10)))));
        assertThat(rewritten.number()).isEqualTo("MIA-1");
        assertThat(rewritten.total()).isEqualByComparingTo("22.00");
        assertThatThrownBy(() -> TestData.as(fx.finance, () -> fx.invoices.updateDraft(draft.id(), draft.version(),
                new InvoiceDraft(fx.customer.getId(), null, null, null, null,
                        List.of(fx.line("Tarde", "1", "1.00", null, 21))))))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        Invoice issued = TestData.as(fx.finance, () -> fx.invoices.issue(draft.id()));
        assertThat(issued.number()).isEqualTo("MIA-1");
    }

    private static Invoice create(FinanceFixtures fx, InvoiceDraft draft) {
        return TestData.as(fx.finance, () -> fx.invoices.createDraft(draft));
    }

    static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FinanceRefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
