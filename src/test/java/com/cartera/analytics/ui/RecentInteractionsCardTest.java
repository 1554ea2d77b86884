package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The support home lists the customers with the latest contacts of the period, newest first, and only its own. */
class RecentInteractionsCardTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser support;
    private Customer ana;
    private Customer luis;

    @BeforeEach
    void contactsWithTwoCustomers() {
        admin = data.newWorkspace("Soporte " + TestData.uniqueSlug("sop"));
        support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        ana = data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        luis = data.customer(admin, "Luis", "luis@example.es", LifecycleStage.ACTIVE);
        Instant now = context.getBean(Clock.class).instant();
        log(ana, InteractionKind.CALL, InteractionDirection.OUTBOUND, now.minus(Duration.ofDays(3)));
        log(luis, InteractionKind.EMAIL, InteractionDirection.INBOUND, now.minus(Duration.ofDays(1)));
        log(luis, InteractionKind.VISIT, InteractionDirection.OUTBOUND, now.minus(Duration.ofDays(800)));
    }

    private void log(Customer customer, InteractionKind kind, InteractionDirection direction, Instant at) {
        as(admin, () -> context.getBean(InteractionService.class).log(customer.getId(),
                new InteractionDraft(kind, direction, at, null, null)));
    }

    @Test
    void supportSeesTheLatestContactsOfThePeriodNewestFirstLinkedToTheCustomer() {
        login(data.inWorkspaceOf(support, admin));
        UI.getCurrent().navigate("dashboard/support", QueryParameters.of("period", "last-12-months"));

        RecentInteractionsCard card = _get(RecentInteractionsCard.class);
        assertThat(card.heading()).isEqualTo("Clientes con interacciones recientes");
        var rows = _find(card.rows, Div.class, spec -> spec.withClasses("dashboard-risk-row"));
        assertThat(rows).hasSize(2);
        assertThat(_get(rows.get(0), Anchor.class).getHref()).isEqualTo("customers/" + luis.getId());
        assertThat(rows.get(0).getElement().getTextRecursively())
                .contains("Correo electrónico · iniciada por el cliente");
        assertThat(_get(rows.get(1), Anchor.class).getText()).isEqualTo("Ana");
        assertThat(rows.get(1).getElement().getTextRecursively()).contains("Llamada · iniciada por nosotros");
    }

    @Test
    void anotherWorkspaceSeesNoneOfThem() {
        login(data.newWorkspace("Otro soporte " + TestData.uniqueSlug("sop2")));
        UI.getCurrent().navigate("dashboard/support", QueryParameters.of("period", "last-12-months"));

        RecentInteractionsCard card = _get(RecentInteractionsCard.class);
        assertThat(_get(card, Paragraph.class).getText())
                .isEqualTo("Ningún contacto con clientes registrado en este periodo.");
    }
}
