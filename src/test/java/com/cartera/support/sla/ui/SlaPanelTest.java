package com.cartera.support.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.support.SlaState;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel's texts for each state, in Spanish (the default) and English. */
@CarteraIntegrationTest
class SlaPanelTest extends KaribuTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @BeforeEach
    void signedIn() {
        login(data.newWorkspace("Panel " + TestData.uniqueSlug("sla")));
    }

    private SlaPanel panel(TicketSla sla) {
        var panel = new SlaPanel(context.getBean(TicketSlas.class), MADRID);
        UI.getCurrent().add(panel);
        panel.show(Optional.ofNullable(sla));
        return panel;
    }

    private static TicketSla.Deadline running(long target, String due, long left) {
        return new TicketSla.Deadline(target, Instant.parse(due), null, left < 0, left);
    }

    @Test
    void aRunningTicketShowsBothTargetsWithTheTimeLeftInBusinessHours() {
        var sla = new TicketSla(7, TicketPriority.NORMAL, SlaState.AT_RISK, false,
                running(480, "2026-03-09T15:00:00Z", 80), running(2400, "2026-03-13T11:00:00Z", 1500));

        SlaPanel panel = panel(sla);

        assertThat(panel.state.getText()).isEqualTo("En riesgo");
        assertThat(panel.state.getElement().getThemeList()).contains("badge", "warning");
        assertThat(panel.firstResponse.getText())
                .isEqualTo("Primera respuesta (objetivo 8 h): quedan 1 h 20 min hábiles · vence el 9/3/26, 16:00");
        assertThat(panel.resolution.getText()).startsWith("Resolución (objetivo 40 h): quedan 25 h hábiles");
        assertThat(panel.paused.isVisible()).isFalse();
        assertThat(panel.none.isVisible()).isFalse();
    }

    @Test
    void aBreachedPausedAndMetTicketSaySo() {
        var met = new TicketSla.Deadline(480, Instant.parse("2026-03-09T15:00:00Z"), Instant.parse("2026-03-09T09:00:00Z"),
                false, null);
        var paused = panel(new TicketSla(7, TicketPriority.NORMAL, SlaState.BREACHED, true, met,
                running(2400, "2026-03-13T11:00:00Z", -45)));

        assertThat(paused.state.getText()).isEqualTo("Incumplido");
        assertThat(paused.firstResponse.getText()).startsWith("Primera respuesta (objetivo 8 h): cumplido el 9/3/26, 10:00");
        assertThat(paused.resolution.getText()).startsWith("Resolución (objetivo 40 h): incumplido, vencido hace 45 min hábiles");
        assertThat(paused.paused.isVisible()).isTrue();
        assertThat(paused.paused.getText()).isEqualTo("En pausa: el reloj no corre mientras el ticket espera al cliente.");
    }

    @Test
    void aTicketWithoutAServiceLevelSaysSoAndEnglishReadsEnglish() {
        assertThat(panel(null).none.isVisible()).isTrue();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        var sla = new TicketSla(7, TicketPriority.NORMAL, SlaState.ON_TRACK, false,
                running(60, "2026-03-09T15:00:00Z", 45), running(480, "2026-03-09T17:00:00Z", 165));
        SlaPanel english = panel(sla);

        assertThat(english.state.getText()).isEqualTo("On track");
        assertThat(english.firstResponse.getText()).startsWith("First response (target 1 h): 45 min of business time left");
        assertThat(english.resolution.getText()).startsWith("Resolution (target 8 h): 2 h 45 min of business time left");
    }

    @Test
    void theTicketPageShowsTheTicketsServiceLevel() {
        SignedInUser admin = signedInUser();
        var customer = data.customer(admin, "Reformas Vega", null, LifecycleStage.ACTIVE);
        var ticket = as(admin, () -> context.getBean(TicketService.class).open(new TicketDraft(customer.getId(), null,
                TicketType.INCIDENT, TicketChannel.PHONE, "Gotera", null, TicketPriority.URGENT, null, null, null,
                null)));

        UI.getCurrent().navigate("support/tickets/" + ticket.getId());

        SlaPanel panel = _get(SlaPanel.class);
        assertThat(panel.state.getText()).isIn("En plazo", "En riesgo");
        assertThat(panel.firstResponse.getText()).startsWith("Primera respuesta (objetivo 1 h): quedan ");
        assertThat(panel.resolution.getText()).startsWith("Resolución (objetivo 8 h): quedan ");
    }
}
