package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskMarks;
import com.cartera.customer.PaymentRiskReason;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** The pipeline shows a customer's payment risk on their cards and warns when a new deal is for a risky customer. */
@CarteraIntegrationTest
class PaymentRiskOnBoardTest extends KaribuTest {

    private SignedInUser admin;
    private Customer risky;
    private Customer watched;
    private Customer sound;

    @BeforeEach
    void customersWithRisks() {
        admin = data.newWorkspace("Tablero riesgo " + TestData.uniqueSlug("tr"));
        risky = data.customer(admin, "Arriesgada", null, LifecycleStage.ACTIVE);
        watched = data.customer(admin, "Vigilada", null, LifecycleStage.ACTIVE);
        sound = data.customer(admin, "Solvente", null, LifecycleStage.ACTIVE);
        as(admin, () -> context.getBean(TransactionTemplate.class).execute(status ->
                context.getBean(PaymentRiskMarks.class).write(List.of(
                        new PaymentRiskMarks.Mark(risky.getId(), PaymentRisk.HIGH,
                                Set.of(PaymentRiskReason.OVERDUE_LONG, PaymentRiskReason.OVER_CREDIT_LIMIT)),
                        new PaymentRiskMarks.Mark(watched.getId(), PaymentRisk.WATCH,
                                Set.of(PaymentRiskReason.HABITUALLY_LATE))))));
        long pipelineId = as(admin, () -> context.getBean(PipelineService.class).mainPipeline().getId());
        var opportunities = context.getBean(OpportunityService.class);
        as(admin, () -> opportunities.quickAdd(pipelineId, risky.getId(), "Grande", new BigDecimal("100")));
        as(admin, () -> opportunities.quickAdd(pipelineId, sound.getId(), "Segura", new BigDecimal("100")));
    }

    private PipelineBoardView open() {
        login(admin);
        UI.getCurrent().navigate("pipeline");
        return _get(PipelineBoardView.class);
    }

    private static OpportunityCard card(StageColumn column, String title) {
        return column.cards().stream().filter(card -> card.card.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aCardShowsItsCustomersPaymentRisk() {
        PipelineBoardView view = open();
        StageColumn nuevo = view.column("Nuevo");
        OpportunityCard big = card(nuevo, "Grande");
        assertThat(big.card.paymentRisk()).isEqualTo(PaymentRisk.HIGH);
        Span badge = (Span) big.getElement().getChildren()
                .flatMap(element -> element.getChildren()).map(element -> element.getComponent().orElse(null))
                .filter(component -> component instanceof Span span && span.hasClassName("payment-risk"))
                .findFirst().orElseThrow();
        assertThat(badge.getText()).isEqualTo("Alto");
        assertThat(badge.getElement().getAttribute("theme")).contains("error");
        assertThat(card(nuevo, "Segura").card.paymentRisk()).isNull();
    }

    @Test
    void theNewOpportunityDialogWarnsAboutACustomerOverTheLimitOrLongPastDue() {
        PipelineBoardView view = open();
        _click(view.quickAdd);
        QuickAddDialog dialog = _get(QuickAddDialog.class);
        CustomerService customers = context.getBean(CustomerService.class);

        _setValue(dialog.customer, as(admin, () -> customers.find(risky.getId()).orElseThrow()));
        assertThat(dialog.riskWarning.isVisible()).isTrue();
        assertThat(dialog.riskWarning.getText()).isEqualTo("Atención: Arriesgada tiene riesgo de pago (facturas "
                + "vencidas hace mucho, supera su límite de crédito). Puedes crear la oportunidad igualmente.");

        // Habitual lateness alone is no reason to warn here.
        _setValue(dialog.customer, as(admin, () -> customers.find(watched.getId()).orElseThrow()));
        assertThat(dialog.riskWarning.isVisible()).isFalse();

        // A warning, not a block: the deal is saved.
        _setValue(dialog.customer, as(admin, () -> customers.find(risky.getId()).orElseThrow()));
        _setValue(dialog.title, "Otra más");
        _setValue(dialog.amount, new BigDecimal("50"));
        _click(dialog.save);
        assertThat(view.column("Nuevo").cards().stream().map(card -> card.card.title())).contains("Otra más");
    }
}
