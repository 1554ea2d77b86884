package com.cartera.finance;

import static com.cartera.finance.InvoiceServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The workspace's finance settings, its tax rates and each customer's terms and credit limit. */
@CarteraIntegrationTest
class FinanceSetupTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FinanceSettingsService settings;
    @Autowired
    CustomerCreditService credit;

    @Test
    void settingsAreSavedWithTheirVersionAndCheckedField() {
        var fx = new FinanceFixtures(context, "Ajustes");
        FinanceSettings initial = TestData.as(fx.finance, settings::current);
        assertThat(initial.defaultTermsDays()).isEqualTo(30);
        assertThat(initial.invoicePrefix()).isEqualTo("F");
        FinanceSettings edited = new FinanceSettings(45, new BigDecimal("5000.00"), "FAC", 100, "AB", 7, 20, 60,
                new BigDecimal("0.40"), initial.version());
        FinanceSettings saved = TestData.as(fx.finance, () -> settings.update(edited));
        assertThat(saved.defaultTermsDays()).isEqualTo(45);
        assertThat(saved.nextInvoiceNumber()).isEqualTo(100);
        assertThatThrownBy(() -> TestData.as(fx.finance, () -> settings.update(edited)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        refused(() -> TestData.as(fx.finance, () -> settings.update(new FinanceSettings(400, null, "F", 1, "R", 1,
                30, 90, new BigDecimal("0.5"), saved.version()))), "defaultTermsDays", "finance.error.terms-days");
        refused(() -> TestData.as(fx.finance, () -> settings.update(new FinanceSettings(30, null, "F", 1, "R", 1,
                30, 30, new BigDecimal("0.5"), saved.version()))), "riskHighDays", "finance.error.risk-high-days");
        refused(() -> TestData.as(fx.finance, () -> settings.update(new FinanceSettings(30, null, " ", 1, "R", 1,
                30, 90, new BigDecimal("0.5"), saved.version()))), "invoicePrefix", "finance.error.prefix");

        // The series goes on from the settings: prefix FAC, number 100, year of issue.
        assertThat(fx.issued(fx.customer, "1.00", LocalDate.of(2026, 6, 1)).number()).isEqualTo("FAC-2026-000100");
    }

    @Test
    void taxRatesAreListedDefaultFirstAndTheDefaultCannotBeArchived() {
        var fx = new FinanceFixtures(context, "Tipos");
        TestData.as(fx.finance, () -> {
            assertThat(fx.taxRates.active()).extracting(TaxRate::name)
                    .containsExactly("IVA 21 %", "IVA 10 %", "IVA 4 %", "Exento 0 %");
            TaxRate reduced = fx.taxRates.add("IGIC 7 %", new BigDecimal("7"));
            fx.taxRates.setDefault(reduced.id());
            assertThat(fx.taxRates.active().getFirst().name()).isEqualTo("IGIC 7 %");
            fx.taxRates.rename(reduced.id(), "IGIC general 7 %");
            return null;
        });
        long seven = TestData.as(fx.finance, () -> fx.taxRates.active().getFirst().id());
        refused(() -> TestData.as(fx.finance, () -> {
            fx.taxRates.archive(seven, true);
            return null;
        }), "name", "finance.tax.error.archive-default");
        refused(() -> TestData.as(fx.finance, () -> fx.taxRates.add("iva 21 %", BigDecimal.ONE)), "name",
                "finance.tax.error.name-taken");
        refused(() -> TestData.as(fx.finance, () -> fx.taxRates.add("Cien", new BigDecimal("100"))), "rate",
                "finance.tax.error.rate");

        // A rate in use stays on its lines when archived: the line keeps its percentage.
        Invoice invoice = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 6, 1));
        long twentyOne = fx.rate(21);
        TestData.as(fx.finance, () -> {
            fx.taxRates.archive(twentyOne, true);
            assertThat(fx.invoices.find(invoice.id()).orElseThrow().lines().getFirst().taxRate())
                    .isEqualByComparingTo("21");
            assertThat(fx.taxRates.active()).extracting(TaxRate::name).doesNotContain("IVA 21 %");
            return null;
        });
    }

    @Test
    void aCustomerHasTheirOwnTermsOrTheDefault() {
        var fx = new FinanceFixtures(context, "Condiciones");
        long id = fx.customer.getId();
        TestData.as(fx.finance, () -> {
            assertThat(credit.termsOf(id)).isEqualTo(new PaymentTerms(30, null));
            assertThat(credit.creditLimitOf(id)).isEmpty();
            credit.update(id, 60, 25, new BigDecimal("1500.00"));
            assertThat(credit.termsOf(id)).isEqualTo(new PaymentTerms(60, 25));
            assertThat(credit.creditLimitOf(id)).contains(new BigDecimal("1500.00"));
            credit.update(id, null, null, null);
            assertThat(credit.termsOf(id)).isEqualTo(new PaymentTerms(30, null));
            return null;
        });
        refused(() -> TestData.as(fx.finance, () -> credit.update(id, 366, null, null)), "termsDays",
                "finance.error.terms-days");
        refused(() -> TestData.as(fx.finance, () -> credit.update(id, 30, 32, null)), "termsDayOfMonth",
                "finance.error.day-of-month");
        refused(() -> TestData.as(fx.finance, () -> credit.update(id, 30, null, new BigDecimal("-1"))),
                "creditLimit", "finance.error.credit-limit");
    }
}
