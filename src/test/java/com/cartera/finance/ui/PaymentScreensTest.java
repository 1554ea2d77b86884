package com.cartera.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.PaymentTestInvoices;
import com.cartera.finance.ReceivableLedger;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payments list and its dialogs, the statement page and the customer's Account tab, on a customer with
 * invoice A 100.00 (due 40 days ago) and B 50.00 (due 10 days ago).
 */
@CarteraIntegrationTest
class PaymentScreensTest extends KaribuTest {

    SignedInUser admin;
    Customer customer;
    LocalDate today;
    long invoiceA;
    long invoiceB;

    @BeforeEach
    void twoOverdueInvoices() {
        admin = data.newWorkspace("Pantallas cobro " + TestData.uniqueSlug("p"));
        customer = data.customer(admin, "Cliente Pantalla", TestData.uniqueEmail("pantalla"), LifecycleStage.ACTIVE);
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        var invoices = new PaymentTestInvoices(context.getBean(TenantSql.class), context.getBean(ReceivableLedger.class));
        as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> {
            invoiceA = invoices.issued(customer.getId(), "A", today.minusDays(70), today.minusDays(40), "100.00");
            invoiceB = invoices.issued(customer.getId(), "B", today.minusDays(40), today.minusDays(10), "50.00");
            return null;
        }));
    }

    /**
     * 130.00 allocated oldest first: 100.00 on A, 30.00 on B, nothing left. 60.00 typed on B (20.00 over its 50.00)
     * is refused on B's field; in dollars it is refused on the currency.
     */
    @Test
    void aPaymentIsRecordedAllocatedOldestFirstThenReversed() {
        login(admin);
        UI.getCurrent().navigate(PaymentsView.class);
        PaymentsView view = _get(PaymentsView.class);
        assertThat(GridKt._size(view.grid)).isZero();

        _click(view.record);
        RecordPaymentDialog dialog = _get(RecordPaymentDialog.class);
        _setValue(dialog.customer, customer);
        _setValue(dialog.amount, new BigDecimal("130.00"));
        _setValue(dialog.reference, "TR-55");
        assertThat(dialog.allocations.fields).containsOnlyKeys(invoiceA, invoiceB);
        _click(dialog.allocations.oldestFirst);
        assertThat(dialog.allocations.fields.get(invoiceA).getValue()).isEqualByComparingTo("100.00");
        assertThat(dialog.allocations.fields.get(invoiceB).getValue()).isEqualByComparingTo("30.00");
        assertThat(dialog.allocations.remainder.getText()).isEqualTo("Sin asignar: 0,00\u00a0€");

        BigDecimalField onB = dialog.allocations.fields.get(invoiceB);
        _setValue(onB, new BigDecimal("60.00"));
        assertThat(dialog.allocations.remainder.getText()).isEqualTo("Sin asignar: -30,00\u00a0€");
        _click(dialog.save);
        assertThat(onB.isInvalid()).isTrue();
        assertThat(onB.getErrorMessage()).endsWith("le quedan 50,00\u00a0€ pendientes: no se le puede asignar más.");
        _setValue(onB, new BigDecimal("30.00"));
        _setValue(dialog.currency, "USD");
        _click(dialog.save);
        assertThat(dialog.currency.getErrorMessage()).isEqualTo(
                "El cobro está en USD, pero el espacio de trabajo trabaja en EUR: solo se registran cobros en EUR.");
        _setValue(dialog.currency, "EUR");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isOne();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Cliente Pantalla", "130,00\u00a0€", "TR-55",
                "Transferencia", "0,00\u00a0€");
        assertThat(view.count.getText()).isEqualTo("1 cobro");

        var payment = context.getBean(com.cartera.finance.Payments.class);
        var recorded = as(admin, () -> payment.page(com.cartera.finance.PaymentFilter.all(), 0, 1)).getFirst();
        new ReversePaymentDialog(context.getBean(PaymentTools.class), new PaymentFormat(view, "EUR"), recorded,
                view::refresh).open();
        ReversePaymentDialog reverse = _get(ReversePaymentDialog.class);
        _click(reverse.reverse);
        assertThat(reverse.reason.getErrorMessage()).startsWith("Indica el motivo de la anulación");
        _setValue(reverse.reason, "Devuelto por el banco");
        _click(reverse.reverse);
        assertThat(reverse.isOpened()).isFalse();
        _setValue(view.state, com.cartera.finance.PaymentFilter.State.REVERSED);
        assertThat(GridKt._size(view.grid)).isOne();
        assertThat(as(admin, () -> payment.account(customer.getId())).openAmount()).isEqualByComparingTo("150.00");
    }

    /** 30.00 kept as credit, then 30.00 of it put on A through the allocate dialog: A owes 70.00. */
    @Test
    void creditIsAllocatedLaterFromTheList() {
        login(admin);
        UI.getCurrent().navigate(PaymentsView.class);
        PaymentsView view = _get(PaymentsView.class);
        _click(view.record);
        RecordPaymentDialog dialog = _get(RecordPaymentDialog.class);
        _setValue(dialog.customer, customer);
        _setValue(dialog.amount, new BigDecimal("30.00"));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        var payment = as(admin, () -> context.getBean(com.cartera.finance.Payments.class)
                .page(com.cartera.finance.PaymentFilter.all(), 0, 1)).getFirst();
        assertThat(payment.unallocated()).isEqualByComparingTo("30.00");
        new AllocateCreditDialog(context.getBean(PaymentTools.class), new PaymentFormat(view, "EUR"), payment,
                view::refresh).open();
        AllocateCreditDialog allocate = _get(AllocateCreditDialog.class);
        _setValue(allocate.allocations.fields.get(invoiceA), new BigDecimal("30.00"));
        _click(allocate.allocate);
        assertThat(allocate.isOpened()).isFalse();
        assertThat(as(admin, () -> context.getBean(com.cartera.finance.Payments.class).openInvoices(customer.getId())))
                .extracting(open -> open.openAmount().toPlainString()).containsExactly("70.00", "50.00");
    }

    @Test
    void managementReadsThePaymentsButRecordsNone() {
        SignedInUser boss = data.addMember(admin, TestData.uniqueEmail("dir"), "Dirección", Set.of(Role.MANAGEMENT));
        login(boss);
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(_get(PaymentsView.class).record.isVisible()).isFalse();
    }

    /** Opening balance 0 from 71 days ago; A 100.00 then B 50.00: closing 150.00, both open. */
    @Test
    void theStatementPageShowsTheLinesAndRefusesAPeriodBackwards() {
        login(admin);
        UI.getCurrent().navigate(StatementView.class, new RouteParameters("customerId",
                String.valueOf(customer.getId())));
        StatementView view = _get(StatementView.class);
        _setValue(view.from, today.minusDays(71));
        assertThat(GridKt._size(view.lines)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.lines, 1)).contains("Factura", "50,00\u00a0€", "150,00\u00a0€");
        assertThat(GridKt._size(view.openInvoices)).isEqualTo(2);
        assertThat(view.summary.getText()).isEqualTo("Cliente Pantalla: saldo inicial 0,00\u00a0€, saldo final 150,00\u00a0€.");
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(view.send.isVisible()).isTrue();
        _click(view.send);

        _setValue(view.to, today.minusDays(80));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).startsWith("La fecha final no puede ser anterior a la inicial");
    }

    @Test
    void theAccountTabShowsBalanceOverdueAndTheStatementLink() {
        var tab = (VerticalLayout) openSection(admin, AccountSection.class, customer.getId());
        AccountPanel panel = (AccountPanel) tab.getComponentAt(0);
        assertThat(tab.getComponentAt(1)).isInstanceOf(PaymentBehaviourPanel.class);
        assertThat(panel.balance.getText()).isEqualTo("150,00\u00a0€");
        assertThat(panel.overdue.getText()).isEqualTo("150,00\u00a0€");
        assertThat(panel.credit.getText()).isEqualTo("0,00\u00a0€");
        assertThat(panel.statement.getHref()).isEqualTo("finance/statement/" + customer.getId());
        assertThat(panel.record.isVisible()).isTrue();

        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        AccountPanel seen = (AccountPanel) ((VerticalLayout) openSection(sales, AccountSection.class,
                customer.getId())).getComponentAt(0);
        assertThat(seen.record.isVisible()).isFalse();
        assertThat(seen.balance.getText()).isEqualTo("150,00\u00a0€");

        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("sop"), "Soporte", Set.of(Role.SUPPORT));
        assertThat(openSection(support, AccountSection.class, customer.getId())).isInstanceOf(Span.class);
    }
}
