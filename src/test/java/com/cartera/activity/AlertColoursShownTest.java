package com.cartera.activity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ui.CustomerView;
import com.cartera.customer.ui.CustomersView;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The colour and reason the follow-ups give a customer, as the portfolio grid and the customer's page show them. */
@CarteraIntegrationTest
class AlertColoursShownTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Test
    void theGridRowAndThePageHeaderShowTheNewColourAfterSchedulingCompletingAndFallingDue() {
        SignedInUser admin = data.newWorkspace("Colores " + TestData.uniqueSlug("c"));
        Customer customer = data.customer(admin, "Ana García", null, LifecycleStage.ACTIVE);
        FollowUpService followUps = context.getBean(FollowUpService.class);
        login(admin);
        assertThat(gridAlert()).isNull();

        FollowUp call = followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL,
                LocalDate.now(ZONE).plusDays(1).atTime(10, 0).atZone(ZONE).toInstant(), 30, null, null));
        followUps.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.VISIT,
                LocalDate.now(ZONE).plusDays(2).atTime(10, 0).atZone(ZONE).toInstant(), 30, null, null));
        assertThat(gridAlert()).isEqualTo("Amarillo: Recordatorio mañana: Llamada");
        assertThat(headerAlert(customer)).isEqualTo("Amarillo: Recordatorio mañana: Llamada");

        followUps.complete(call.getId(), call.getVersion(), new FollowUpCompletion(InteractionOutcome.POSITIVE, null, null));
        assertThat(gridAlert()).isEqualTo("Amarillo: Recordatorio en 2 días: Visita");

        // Three days later the visit was never made: the hourly recomputation turns the customer red.
        context.getBean(JdbcTemplate.class).update("update " + admin.workspace().tenant().schema()
                + ".follow_up set due_at = due_at - interval '3 days' where status = 'OPEN'");
        context.getBean(FollowUpAlerts.class).recomputeAll();
        String day = LocalDate.now(ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM"));
        assertThat(gridAlert()).isEqualTo("Rojo: Seguimiento vencido: Visita del " + day);
        assertThat(headerAlert(customer)).isEqualTo("Rojo: Seguimiento vencido: Visita del " + day);
    }

    private static String gridAlert() {
        UI.getCurrent().navigate(CustomersView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        var renderer = (LitRenderer<Object>) grid.getColumnByKey("alert").getRenderer();
        String reason = (String) renderer.getValueProviders().get("reason").apply(GridKt._get(grid, 0));
        return reason.isEmpty() ? null : reason;
    }

    private static String headerAlert(Customer customer) {
        UI.getCurrent().navigate("customers/" + customer.getId());
        _get(CustomerView.class);
        return _get(Span.class, spec -> spec.withClasses("alert-chip")).getText();
    }
}
