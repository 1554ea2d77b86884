package com.cartera.support.csat.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerTimeline;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;
import com.cartera.support.csat.PhoneRatings;
import com.cartera.support.csat.SurveyLink;

/** The agents' and colleagues' screens of satisfaction: the phone rating dialog, the customer's tab and timeline. */
@CarteraIntegrationTest
class CsatScreensTest extends KaribuTest {

    @Test
    void anAgentRecordsThePhoneRatingOnceThenTheDialogShowsIt() {
        var fixture = new CsatFixture(context);
        SignedInUser admin = data.newWorkspace("Diálogo SL");
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara", Set.of(Role.SUPPORT));
        long customer = fixture.customer(admin, "Cliente Telefónico", null);
        long ticket = fixture.ticket(admin, customer, null, agent.userId(), "Por teléfono");
        fixture.resolve(agent, customer, ticket);
        login(agent);
        var recorded = new boolean[1];

        var dialog = new PhoneRatingDialog(context.getBean(PhoneRatings.class), ticket, ZoneOffset.UTC,
                () -> recorded[0] = true);
        UI.getCurrent().add(dialog);
        dialog.open();
        _click(dialog.form.ratingButton(5));
        _setValue(dialog.form.comment(), "Muy amable");
        _click(dialog.form.sendButton());

        assertThat(recorded[0]).isTrue();
        assertThat(fixture.count(admin, "ticket_id = ? and source = 'PHONE' and rating = 5", ticket)).isEqualTo(1);
        var again = new PhoneRatingDialog(context.getBean(PhoneRatings.class), ticket, ZoneOffset.UTC, () -> { });
        assertThat(again.form).isNull();
        assertThat(again.getElement().getTextRecursively()).contains("Tu valoración: 5/5 (Muy satisfecho)")
                .contains("«Muy amable»");
    }

    @Test
    void theTicketPageOffersThePhoneRatingOnceTheTicketIsResolved() {
        var fixture = new CsatFixture(context);
        SignedInUser admin = data.newWorkspace("Página Ticket SL");
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara", Set.of(Role.SUPPORT));
        long customer = fixture.customer(admin, "Cliente del Ticket", null);
        long resolved = fixture.ticket(admin, customer, null, agent.userId(), "Resuelto");
        long open = fixture.ticket(admin, customer, null, agent.userId(), "Abierto");
        fixture.resolve(agent, customer, resolved);
        login(agent);

        UI.getCurrent().navigate("support/tickets/" + open);
        assertThat(_find(Button.class, spec -> spec.withText("Anotar valoración por teléfono"))).isEmpty();

        UI.getCurrent().navigate("support/tickets/" + resolved);
        _click(_get(Button.class, spec -> spec.withText("Anotar valoración por teléfono")));
        assertThat(_get(PhoneRatingDialog.class).form).isNotNull();
    }

    @Test
    void theCustomerPageShowsLastRatingCsatOverTwelveMonthsOpenIncidentsAndTheTimelineTheRatings() {
        var fixture = new CsatFixture(context);
        SignedInUser admin = data.newWorkspace("Ficha CSAT SL");
        String email = TestData.uniqueEmail("ficha");
        long customer = fixture.customer(admin, "Cliente con Ficha", email);
        long rated = fixture.ticket(admin, customer, null, admin.userId(), "Entrega tardía");
        fixture.ticket(admin, customer, null, admin.userId(), "Sigue abierta");
        fixture.resolve(admin, customer, rated);
        context.getBean(SurveyLink.class).answer(SentMail.last(email).token(), 4, "Bien al final");

        var panel = (SatisfactionPanel) openSection(admin, SatisfactionSection.class, customer);

        assertThat(panel.lastRating.getValueText()).isEqualTo("4");
        assertThat(panel.csat.getValueText().replace('\u00a0', ' ')).isEqualTo("100 %");
        assertThat(panel.openIncidents.getValueText()).isEqualTo("1");
        assertThat(panel.getElement().getTextRecursively()).contains("1 respuestas de 1 encuestas")
                .contains("«Bien al final»");
        assertThat(context.getBean(CustomerTimeline.class).latest(customer, 10))
                .anySatisfy(entry -> {
                    assertThat(entry.kind()).isEqualTo("RATING");
                    assertThat(entry.titleArgs()).containsExactly(4, "Entrega tardía");
                    assertThat(entry.detail()).isEqualTo("Bien al final");
                });
    }
}
