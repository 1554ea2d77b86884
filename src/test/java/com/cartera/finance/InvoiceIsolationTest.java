package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Another workspace can neither read nor change an invoice; roles decide who reads and who writes. */
@CarteraIntegrationTest
class InvoiceIsolationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvoiceQueue queue;
    @Autowired
    CustomerInvoices customerInvoices;
    @Autowired
    CustomerCreditService credit;

    @Test
    void anotherWorkspaceNeitherReadsNorChangesAnInvoice() {
        var mine = new FinanceFixtures(context, "Mía");
        Invoice invoice = mine.issued(mine.customer, "40.00", LocalDate.of(2026, 5, 4));
        Invoice draft = TestData.as(mine.finance, () -> mine.invoices.createDraft(new InvoiceDraft(
                mine.customer.getId(), null, null, null, null, List.of(mine.line("B", "1", "1.00", null, 21)))));
        var theirs = new FinanceFixtures(context, "Ajena");

        TestData.as(theirs.admin, () -> {
            assertThat(theirs.invoices.find(invoice.id())).isEmpty();
            assertThat(theirs.invoices.find(draft.id())).isEmpty();
            assertThat(queue.page(InvoiceFilter.all(), 0, 50)).isEmpty();
            assertThat(customerInvoices.of(mine.customer.getId())).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> TestData.as(theirs.admin, () -> theirs.invoices.issue(draft.id())))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs.admin, () -> theirs.invoices.creditNote(invoice.id(),
                new CreditNoteDraft(null, "Intento", new BigDecimal("1.00"), null))))
                .isInstanceOf(FinanceRefusedException.class);
        assertThatThrownBy(() -> TestData.as(theirs.admin, () -> {
            theirs.invoices.deleteDraft(draft.id(), draft.version());
            return null;
        })).isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        // Customer ids are per workspace: theirs may well carry the same number as mine, and stays theirs.
        TestData.as(theirs.admin, () -> credit.update(theirs.customer.getId(), 5, null, null));

        TestData.as(mine.finance, () -> {
            assertThat(mine.invoices.find(invoice.id()).orElseThrow().openAmount()).isEqualByComparingTo("48.40");
            assertThat(mine.invoices.find(draft.id())).isPresent();
            assertThat(credit.own(mine.customer.getId()).termsDays()).isNull();
            return null;
        });
    }

    @Test
    void salesReadsACustomersInvoicesButNotTheFinanceServices() {
        var fx = new FinanceFixtures(context, "Ventas");
        SignedInUser seller = fx.data.addMember(fx.admin, TestData.uniqueEmail("v"), "Vera Ventas",
                java.util.Set.of(com.cartera.security.Role.SALES));
        Invoice invoice = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 5, 4));
        TestData.as(seller, () -> {
            assertThat(customerInvoices.of(fx.customer.getId())).extracting(CustomerInvoice::number)
                    .containsExactly(invoice.number());
            assertThat(customerInvoices.openBalance(fx.customer.getId())).isEqualByComparingTo("12.10");
            return null;
        });
        assertThatThrownBy(() -> TestData.as(seller, () -> fx.invoices.find(invoice.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(seller, () -> credit.update(fx.customer.getId(), 10, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser director = fx.data.addMember(fx.admin, TestData.uniqueEmail("d"), "Dora Dirección",
                java.util.Set.of(com.cartera.security.Role.MANAGEMENT));
        assertThat(TestData.as(director, () -> fx.invoices.find(invoice.id()))).isPresent();
        assertThatThrownBy(() -> TestData.as(director, () -> fx.invoices.issue(invoice.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
