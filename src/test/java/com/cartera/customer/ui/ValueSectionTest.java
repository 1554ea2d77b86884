package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.SegmentService;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Valor" tab of the customer 360 page, as the page shows it: a component made by the section bean. */
@CarteraIntegrationTest
class ValueSectionTest extends KaribuTest {

    private CustomerService customerService;
    private SignedInUser admin;
    private Customer customer;
    private Customer lead;

    @BeforeEach
    void aCustomerWithPurchasesAndOneWithout() {
        customerService = context.getBean(CustomerService.class);
        admin = data.newWorkspace("Valor " + TestData.uniqueSlug("val"));
        customer = data.customer(admin, "Almacenes Sil", null, LifecycleStage.ACTIVE);
        Customer other = data.customer(admin, "Bazar Miño", null, LifecycleStage.ACTIVE);
        lead = data.customer(admin, "Cafetería Eo", null, LifecycleStage.LEAD);
        var purchases = new Purchases(context);
        purchases.buy(admin, customer, LocalDate.parse("2026-03-01"), "2500");
        purchases.buy(admin, customer, LocalDate.parse("2026-04-01"), "1000");
        purchases.buy(admin, other, LocalDate.parse("2025-10-01"), "200");
    }

    private ValuePanel open(SignedInUser user, Customer shown) {
        login(user);
        CustomerSection section = context.getBeansOfType(CustomerSection.class).values().stream()
                .filter(bean -> bean.titleKey().equals("value.section")).findFirst().orElseThrow();
        assertThat(section.order()).isEqualTo(50);
        assertThat(UI.getCurrent().getTranslation(section.titleKey())).isEqualTo("Valor");
        var panel = (ValuePanel) section.create(as(user, () -> customerService.find(shown.getId()).orElseThrow()));
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void showsTheComputedTierWhyAndTheRfmScoresWithTheirMeaning() {
        as(admin, () -> context.getBean(SegmentService.class).recalculateNow());

        ValuePanel panel = open(admin, customer);

        assertThat(panel.tier.getText()).isEqualTo("Clave");
        assertThat(panel.tierReason.getText())
                .isEqualTo("Calculado: con un CLV histórico de 3.500,00\u00a0€ le corresponde Clave.");
        assertThat(panel.thresholds.getText()).isEqualTo("Umbrales del espacio de trabajo: Estratégico desde "
                + "10.000,00\u00a0€, Clave desde 3.000,00\u00a0€, Emergente desde 500,00\u00a0€; por debajo, Bajo.");
        // Two ranked customers: the better one scores ceil(5 × 2/2) = 5 on every count.
        assertThat(panel.recency.getText()).startsWith("Recencia 5 de 5: última compra el 1 abr 2026, hace ");
        assertThat(panel.frequency.getText()).isEqualTo("Frecuencia 5 de 5: 2 compras.");
        assertThat(panel.monetary.getText()).isEqualTo("Valor monetario 5 de 5: 3.500,00\u00a0€ en total.");
        assertThat(panel.segment.getText()).isEqualTo("Campeones");
        assertThat(panel.segmentMeaning.getText()).startsWith("Compraron hace muy poco y compran a menudo");
    }

    @Test
    void aCustomerWithoutPurchasesHasNoScoresAndOneNotYetScoredSaysWhen() {
        ValuePanel withoutPurchases = open(admin, lead);
        assertThat(withoutPurchases.rfmNote.getText()).isEqualTo("Sin compras todavía: no tiene puntuación RFM.");
        assertThat(withoutPurchases.segment.isVisible()).isFalse();

        ValuePanel notYetScored = open(admin, customer);
        assertThat(notYetScored.rfmNote.getText()).startsWith("Aún no tiene puntuación RFM: se calcula cada noche");
        assertThat(notYetScored.recency.isVisible()).isFalse();
    }

    @Test
    void managementPinsTheTierSaysWhoAndWhenAndReleasesIt() {
        SignedInUser director = data.addMember(admin, TestData.uniqueEmail("dir"), "Directora Ríos",
                Set.of(Role.MANAGEMENT));
        ValuePanel panel = open(director, customer);
        assertThat(panel.overrideControl.isVisible()).isTrue();
        assertThat(panel.override.getValue()).isNull();

        _setValue(panel.override, ValueTier.STRATEGIC);
        NotificationsKt.clearNotifications();
        _click(panel.applyOverride);

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .isEqualTo("Nivel fijado en Estratégico");
        assertThat(panel.tier.getText()).isEqualTo("Estratégico");
        assertThat(panel.tierReason.getText()).startsWith("Fijado a mano en Estratégico por Directora Ríos (")
                .endsWith("). Con su CLV histórico de 3.500,00\u00a0€ le correspondería Clave.");
        assertThat(stored().getTierOverride()).isEqualTo(ValueTier.STRATEGIC);

        _setValue(panel.override, null);
        _click(panel.applyOverride);

        assertThat(panel.tier.getText()).isEqualTo("Clave");
        assertThat(panel.tierReason.getText()).startsWith("Calculado:");
        assertThat(stored().getTierOverride()).isNull();
    }

    @Test
    void supportSeesTheTierButCannotPinIt() {
        SignedInUser supporter = data.addMember(admin, TestData.uniqueEmail("sop"), "Sonia Soporte",
                Set.of(Role.SUPPORT));

        ValuePanel panel = open(supporter, customer);

        assertThat(panel.tier.getText()).isEqualTo("Clave");
        assertThat(panel.overrideControl.isVisible()).isFalse();
    }

    private Customer stored() {
        return as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }
}
