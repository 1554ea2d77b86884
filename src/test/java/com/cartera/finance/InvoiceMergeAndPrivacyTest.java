package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PersonalDataSheet;
import com.cartera.privacy.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoices, ledger sums and terms follow a merge; erasure keeps the accounting records and the export says so. */
@CarteraIntegrationTest
class InvoiceMergeAndPrivacyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CustomerInvoices customerInvoices;
    @Autowired
    CustomerCreditService credit;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    FinancePersonalData financeData;

    @Test
    void theSurvivorGetsTheInvoicesTheOpenBalanceAndKeepsItsOwnTerms() {
        var fx = new FinanceFixtures(context, "Fusión");
        Customer duplicate = fx.data.customer(fx.admin, "Ferretería Ruiz (dup)", null, LifecycleStage.ACTIVE);
        Invoice moved = fx.issued(duplicate, "100.00", LocalDate.of(2026, 2, 2));  // 121.00 open
        Invoice kept = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 2, 3));  // 12.10 open
        TestData.as(fx.finance, () -> {
            credit.update(duplicate.getId(), 90, 5, new BigDecimal("900.00"));
            credit.update(fx.customer.getId(), 45, null, null);
            return null;
        });

        TestData.as(fx.admin, () -> transactions.execute(status -> {
            events.publishEvent(new CustomersMerged(fx.admin.workspace().tenant(), duplicate.getId(),
                    fx.customer.getId()));
            return null;
        }));

        TestData.as(fx.finance, () -> {
            assertThat(customerInvoices.of(fx.customer.getId())).extracting(CustomerInvoice::id)
                    .containsExactly(kept.id(), moved.id());
            assertThat(customerInvoices.of(duplicate.getId())).isEmpty();
            // 121.00 + 12.10 = 133.10 now owed by the survivor, nothing by the merged customer.
            assertThat(customerInvoices.openBalance(fx.customer.getId())).isEqualByComparingTo("133.10");
            assertThat(customerInvoices.openBalance(duplicate.getId())).isEqualByComparingTo("0");
            // The survivor's own 45 days stay (with no day of month); its default limit takes the merged one's.
            assertThat(credit.termsOf(fx.customer.getId())).isEqualTo(new PaymentTerms(45, null));
            assertThat(credit.creditLimitOf(fx.customer.getId())).contains(new BigDecimal("900.00"));
            assertThat(credit.own(duplicate.getId()).termsDays()).isNull();
            return null;
        });
    }

    @Test
    void erasureKeepsInvoicesAndTheExportListsThem() {
        var fx = new FinanceFixtures(context, "Privacidad");
        Invoice invoice = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 2, 3));
        var subject = TestData.as(fx.admin, () -> transactions.execute(status -> context.getBean(
                com.cartera.customer.PersonalDataSubjects.class).find(fx.customer.getId()).orElseThrow()));
        var sheets = TestData.as(fx.admin, () -> transactions.execute(status -> financeData.export(subject)));
        assertThat(sheets).extracting(PersonalDataSheet::titleKey).containsExactly("finance.personal.sheet.invoices",
                "finance.personal.sheet.lines", "finance.personal.sheet.payments",
                "finance.personal.sheet.retention");
        assertThat(sheets.getFirst().rows()).hasSize(1);
        assertThat(sheets.getLast().rows().getFirst().getFirst().toString()).contains("se conservan");

        var out = new ByteArrayOutputStream();
        TestData.as(fx.admin, () -> {
            personalData.export(fx.customer.getId(), out, Locale.forLanguageTag("es"));
            personalData.erase(fx.customer.getId());
            return null;
        });
        assertThat(out.size()).isPositive();
        Invoice after = TestData.as(fx.finance, () -> fx.invoices.find(invoice.id()).orElseThrow());
        assertThat(after.total()).isEqualByComparingTo("12.10");
        assertThat(after.customerId()).isEqualTo(fx.customer.getId());
    }
}
