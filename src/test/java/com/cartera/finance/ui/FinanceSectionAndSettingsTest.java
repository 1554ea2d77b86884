package com.cartera.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.Purchase;
import com.cartera.finance.CustomerCreditService;
import com.cartera.finance.FinanceFixtures;
import com.cartera.finance.FinanceSettingsService;
import com.cartera.finance.InvoiceStatus;
import com.cartera.finance.PaymentTerms;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The customer page's invoices tab by role, its terms dialog and one-step billing, and the settings page. */
@CarteraIntegrationTest
class FinanceSectionAndSettingsTest extends KaribuTest {

    @Test
    void financeBillsPurchasesAndSetsTermsFromTheCustomerPage() {
        var fx = new FinanceFixtures(context, "Ficha");
        var commerce = new CommerceFixtures(context);
        Product lamp = commerce.product(fx.admin, "Lámpara", "LAM-" + TestData.uniqueSlug("l"), "40.00");
        Purchase purchase = commerce.purchase(fx.admin, fx.customer.getId(), LocalDate.of(2026, 3, 3), lamp);

        var panel = (CustomerInvoicesPanel) openSection(fx.finance, InvoicesSection.class, fx.customer.getId());
        assertThat(panel.terms.getText()).isEqualTo("Condiciones: 30 días (por defecto) · Límite de crédito: sin límite");
        _click(panel.editTerms);
        TermsDialog terms = _get(TermsDialog.class);
        terms.days.setValue(400);
        _click(terms.save);
        assertThat(terms.days.getErrorMessage()).isEqualTo("Escribe un número de días entre 0 y 365");
        terms.days.setValue(60);
        terms.dayOfMonth.setValue(10);
        terms.creditLimit.setValue(new BigDecimal("2500"));
        _click(terms.save);
        assertThat(panel.terms.getText()).startsWith("Condiciones: 60 días, pago el día 10 · Límite de crédito: 2.500,00");
        assertThat(as(fx.finance, () -> context.getBean(CustomerCreditService.class).termsOf(fx.customer.getId())))
                .isEqualTo(new PaymentTerms(60, 10));

        _click(panel.billPurchases);
        BillPurchasesDialog bill = _get(BillPurchasesDialog.class);
        assertThat(bill.pricing.getText()).startsWith("Los precios de las compras se toman sin impuestos");
        assertThat(GridKt._findAll(bill.purchases)).extracting(Purchase::getId).containsExactly(purchase.getId());
        bill.purchases.select(GridKt._get(bill.purchases, 0));
        _click(bill.create);
        // 40.00 net + 21 % = 48.40, issued at once.
        var invoice = as(fx.finance, () -> fx.invoices.find(context.getBean(com.cartera.finance.CustomerInvoices.class)
                .of(fx.customer.getId()).getFirst().id()).orElseThrow());
        assertThat(invoice.total()).isEqualByComparingTo("48.40");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.purchaseIds()).containsExactly(purchase.getId());
    }

    @Test
    void salesReadsTheTabAndMarketingIsToldWhoSeesIt() {
        var fx = new FinanceFixtures(context, "Ficha ventas");
        fx.issued(fx.customer, "10.00", LocalDate.of(2026, 3, 3));
        SignedInUser seller = fx.data.addMember(fx.admin, TestData.uniqueEmail("v"), "Vera Ventas", Set.of(Role.SALES));
        var panel = (CustomerInvoicesPanel) openSection(seller, InvoicesSection.class, fx.customer.getId());
        assertThat(panel.balance.getText()).startsWith("Saldo pendiente: 12,10");
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(panel.editTerms.isVisible()).isFalse();
        assertThat(panel.newInvoice.isVisible()).isFalse();
        assertThat(panel.billPurchases.isVisible()).isFalse();

        SignedInUser marketer = fx.data.addMember(fx.admin, TestData.uniqueEmail("m"), "Mar Keting",
                Set.of(Role.MARKETING));
        var hidden = (CustomerInvoicesPanel) openSection(marketer, InvoicesSection.class, fx.customer.getId());
        assertThat(hidden.getElement().getTextRecursively())
                .contains("Las facturas las ven finanzas, ventas, dirección y administración.");
    }

    @Test
    void theSettingsPageSavesTermsSeriesAndTaxRates() {
        var fx = new FinanceFixtures(context, "Ajustes UI");
        login(fx.finance);
        UI.getCurrent().navigate("settings/finance");
        FinanceSettingsView view = _get(FinanceSettingsView.class);
        assertThat(view.defaultTermsDays.getValue()).isEqualTo(30);
        view.riskHighDays.setValue(20);
        _click(view.save);
        assertThat(view.riskHighDays.isInvalid()).isTrue();
        assertThat(view.riskHighDays.getErrorMessage()).isEqualTo("Debe ser mayor que los días de vigilancia (30)");
        view.riskHighDays.setValue(120);
        view.defaultTermsDays.setValue(45);
        view.invoicePrefix.setValue("FV");
        _click(view.save);
        var saved = as(fx.finance, () -> context.getBean(FinanceSettingsService.class).current());
        assertThat(saved.defaultTermsDays()).isEqualTo(45);
        assertThat(saved.riskHighDays()).isEqualTo(120);
        assertThat(saved.invoicePrefix()).isEqualTo("FV");

        view.taxRates.newName.setValue("IVA 21 %");
        view.taxRates.newRate.setValue(new BigDecimal("21"));
        _click(view.taxRates.add);
        assertThat(view.taxRates.newName.getErrorMessage()).isEqualTo("Ya hay un tipo con ese nombre");
        view.taxRates.newName.setValue("IGIC 7 %");
        view.taxRates.newRate.setValue(new BigDecimal("7"));
        _click(view.taxRates.add);
        assertThat(view.taxRates.shown).extracting(shown -> shown.rate().name()).contains("IGIC 7 %");
        var standard = view.taxRates.shown.getFirst();
        _click(standard.archive());
        assertThat(standard.name().getErrorMessage())
                .isEqualTo("El tipo por defecto no se archiva; elige antes otro por defecto");
    }
}
