package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** The support home's ticket cards: counts and lists that open the matching queue, times, categories, backlog. */
class SupportHomeTest extends KaribuTest {

    @Test
    void theTicketCardsShowTheDeskAndDrillIntoTheQueue() {
        SignedInUser admin = data.newWorkspace("Inicio soporte " + TestData.uniqueSlug("h"));
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte",
                Set.of(Role.SUPPORT));
        Customer customer = data.customer(admin, "Droguería Lara", TestData.uniqueEmail("c"), LifecycleStage.ACTIVE);
        var tickets = context.getBean(TicketService.class);
        long mine = as(agent, () -> tickets.open(new TicketDraft(customer.getId(), null, TicketType.INCIDENT,
                TicketChannel.PHONE, "Caja registradora bloqueada", null, TicketPriority.URGENT, null, null,
                agent.userId(), null))).getId();
        as(agent, () -> tickets.open(new TicketDraft(customer.getId(), null, TicketType.INQUIRY,
                TicketChannel.EMAIL, "Horario de verano", null, TicketPriority.LOW, null, null, null, null)));

        login(agent);
        UI.getCurrent().navigate("dashboard/support", QueryParameters.of("period", "this-month"));

        var cards = _find(TicketListCard.class);
        assertThat(cards).extracting(DashboardCard::heading)
                .containsExactly("Mis incidencias abiertas", "Por vencer", "Sin asignar");
        TicketListCard myCard = cards.getFirst();
        assertThat(myCard.figure.getText()).isEqualTo("1");
        assertThat(myCard.figure.getHref()).isEqualTo("support?queue=mine");
        assertThat(_find(myCard.rows, Anchor.class)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("#" + mine + " Caja registradora bloqueada");
            assertThat(link.getHref()).isEqualTo("support/tickets/" + mine);
        });
        assertThat(cards.get(1).figure.getText()).isEqualTo("0");
        assertThat(cards.get(2).figure.getText()).isEqualTo("1");
        assertThat(cards.get(2).figure.getHref()).isEqualTo("support?queue=unassigned");

        var times = _get(TicketTimesCard.class);
        assertThat(times.caption.getText()).contains("Tiempo natural");
        assertThat(times.firstResponse.getElement().getTextRecursively()).contains("sin incidencias en el periodo");
        assertThat(_get(TicketCategoryCard.class).chart).isNotNull();
        assertThat(_get(TicketBacklogCard.class).chart).isNotNull();
        assertThat(_find(CsatCard.class)).hasSize(1);
    }

    @Test
    void spansReadAsMinutesHoursOrDays() {
        SignedInUser admin = data.newWorkspace("Tiempos " + TestData.uniqueSlug("h"));
        login(admin);
        UI.getCurrent().navigate("dashboard/support");
        var card = _get(TicketTimesCard.class);

        assertThat(card.span(java.time.Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(card.span(java.time.Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
        assertThat(card.span(java.time.Duration.ofHours(52))).isEqualTo("2 d 4 h");
    }
}
