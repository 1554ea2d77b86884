package com.cartera.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.AgeingBucket;
import com.cartera.finance.CustomerAgeing;
import com.cartera.finance.PaymentBehaviour;
import com.cartera.finance.ReceivableLedger;
import com.cartera.finance.Receivables;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** The receivables page: the workspace's buckets, per owner, the top debtors, as of today and a past day. */
@CarteraIntegrationTest
class ReceivablesViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser finance;
    private Customer alba;
    private LocalDate today;

    @BeforeEach
    void receivablesOfThreeCustomers() {
        admin = data.newWorkspace("Cobros " + TestData.uniqueSlug("c"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("v"), "Vera Ventas", Set.of(Role.SALES));
        finance = data.addMember(admin, TestData.uniqueEmail("f"), "Fina Finanzas", Set.of(Role.FINANCE));
        alba = data.customer(admin, "Alba", null, LifecycleStage.ACTIVE);
        Customer bruno = data.customer(admin, "Bruno", null, LifecycleStage.ACTIVE);
        Customer carla = data.customer(admin, "Carla", null, LifecycleStage.ACTIVE);
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> {
            var book = new Receivables(context.getBean(TenantSql.class), context.getBean(ReceivableLedger.class));
            book.ownedBy(alba.getId(), admin.userId());
            book.ownedBy(bruno.getId(), seller.userId());
            book.ownedBy(carla.getId(), null);
            // Alba: 900 due 120 days ago, unpaid; 100 due 70 days ago, paid 10 days late.
            book.invoice(alba.getId(), today.minusDays(150), today.minusDays(120), "900.00");
            long paid = book.invoice(alba.getId(), today.minusDays(100), today.minusDays(70), "100.00");
            book.payment(alba.getId(), paid, today.minusDays(60), "100.00", "100.00");
            // Bruno: 300 due 10 days ago; 200 not due, issued 5 days ago. Carla: 50 due 45 days ago.
            book.invoice(bruno.getId(), today.minusDays(40), today.minusDays(10), "300.00");
            book.invoice(bruno.getId(), today.minusDays(5), today.plusDays(20), "200.00");
            book.invoice(carla.getId(), today.minusDays(75), today.minusDays(45), "50.00");
            return null;
        }));
    }

    private static String text(String formatted) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String amountOf(Anchor bucket) {
        return text(bucket.getElement().getTextRecursively());
    }

    private static Anchor bucket(ReceivablesView view, AgeingBucket bucket) {
        return view.tiles.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(anchor -> anchor.hasClassName("ageing-bucket-" + bucket.name().toLowerCase()))
                .findFirst().orElseThrow();
    }

    @Test
    void bucketsOwnersAndTopDebtorsAsOfTodayAndAPastDay() {
        login(finance);
        UI.getCurrent().navigate("finance/receivables");
        ReceivablesView view = _get(ReceivablesView.class);
        assertThat(view.asOf.getValue()).isEqualTo(today);

        // Today: not due 200; 1–30 300 (Bruno, 10 days); 31–60 50 (Carla, 45); over 90 900 (Alba, 120).
        assertThat(amountOf(bucket(view, AgeingBucket.NOT_DUE))).isEqualTo("Sin vencer200,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.DAYS_1_30))).isEqualTo("1–30 días300,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.DAYS_31_60))).isEqualTo("31–60 días50,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.DAYS_61_90))).isEqualTo("61–90 días0,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.OVER_90))).isEqualTo("Más de 90 días900,00 €");
        assertThat(bucket(view, AgeingBucket.OVER_90).getHref())
                .isEqualTo("finance/invoices?asOf=" + today + "&bucket=OVER_90");

        List<OwnerAgeingGrid.Line> owners = IntStream.range(0, GridKt._size(view.owners))
                .mapToObj(i -> GridKt._get(view.owners, i)).toList();
        // Alba's owner 900, Vera 300 + 200 = 500, nobody 50: largest first.
        assertThat(owners).extracting(OwnerAgeingGrid.Line::owner)
                .containsExactly(admin.displayName(), "Vera Ventas", "Sin responsable");
        assertThat(owners.get(1).ageing().total()).isEqualByComparingTo("500.00");

        List<TopOverdueGrid.Line> top = IntStream.range(0, GridKt._size(view.top))
                .mapToObj(i -> GridKt._get(view.top, i)).toList();
        assertThat(top).extracting(TopOverdueGrid.Line::name).containsExactly("Alba", "Bruno", "Carla");
        assertThat(top.getFirst().oldestDays()).isEqualTo(120);
        // Alba is 120 days past due (over 90: high); Carla 45 (over 30: watch); Bruno 10 (none).
        assertThat(top).extracting(TopOverdueGrid.Line::risk)
                .containsExactly(PaymentRisk.HIGH, null, PaymentRisk.WATCH);

        // Thirty days ago: Alba's 900 was 90 days late (61–90) and her 100 already paid; Bruno's 300 not due, his
        // 200 not issued; Carla's 50 15 days late.
        _setValue(view.asOf, today.minusDays(30));
        assertThat(amountOf(bucket(view, AgeingBucket.NOT_DUE))).isEqualTo("Sin vencer300,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.DAYS_1_30))).isEqualTo("1–30 días50,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.DAYS_61_90))).isEqualTo("61–90 días900,00 €");
        assertThat(amountOf(bucket(view, AgeingBucket.OVER_90))).isEqualTo("Más de 90 días0,00 €");
    }

    @Test
    void thePanelShowsTheRiskItsFiguresTheAgeingAndTheHistory() {
        login(finance);
        Customer shown = context.getBean(CustomerService.class).find(alba.getId()).orElseThrow();
        var panel = new PaymentBehaviourPanel(shown, context.getBean(PaymentBehaviour.class),
                context.getBean(CustomerAgeing.class), context.getBean(WorkspaceCalendar.class),
                context.getBean(WorkspaceSettingsService.class));

        assertThat(panel.risk.getText()).isEqualTo("Riesgo de pago: Alto");
        assertThat(panel.reasons.getChildren().map(item -> text(((ListItem) item).getText())))
                .containsExactly("900,00 € vencido; la factura más antigua, hace 120 días");
        assertThat(text(panel.ageing.getElement().getTextRecursively())).contains("Más de 90 días900,00 €");
        assertThat(panel.credit.isVisible()).isFalse();
        // One invoice paid, 10 days late: 100 % late, 10.0 days on average, in the last year and in its year.
        List<PaymentBehaviour.Period> history = IntStream.range(0, GridKt._size(panel.history))
                .mapToObj(i -> GridKt._get(panel.history, i)).toList();
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().year()).isZero();
        assertThat(history.getFirst().paidLate()).isEqualTo(1);
        assertThat(history.getFirst().averageDaysLate()).isEqualByComparingTo("10.0");
    }
}
