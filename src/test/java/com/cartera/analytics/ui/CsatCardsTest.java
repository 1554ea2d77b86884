package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;
import com.cartera.support.csat.SurveyLink;

/**
 * CSAT on the management, support and sales homes: two surveys sent this month, one answered 5 → CSAT 100 %,
 * response rate 50 %; the seller owns the answering customer only.
 */
@CarteraIntegrationTest
class CsatCardsTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;

    @BeforeEach
    void twoSurveysOneAnswered() {
        var fixture = new CsatFixture(context);
        admin = data.newWorkspace("Paneles CSAT SL");
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        String happy = TestData.uniqueEmail("feliz");
        String silent = TestData.uniqueEmail("callado");
        long answering = fixture.customer(admin, "Cliente Feliz", happy);
        long quiet = fixture.customer(admin, "Cliente Callado", silent);
        fixture.own(admin, answering, seller.userId());
        fixture.own(admin, quiet, admin.userId());
        long first = fixture.ticket(admin, answering, null, admin.userId(), "Uno");
        long second = fixture.ticket(admin, quiet, null, admin.userId(), "Dos");
        fixture.resolve(admin, answering, first);
        fixture.resolve(admin, quiet, second);
        context.getBean(SurveyLink.class).answer(SentMail.last(happy).token(), 5, null);
    }

    private static String value(String id) {
        return _get(KpiTile.class, spec -> spec.withId(id)).getValueText().replace('\u00a0', ' ');
    }

    @Test
    void managementSeesCsatWithTheResponseRateAgainstThePreviousPeriod() {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));

        CsatCard card = _get(CsatCard.class);
        assertThat(card.heading()).isEqualTo("Satisfacción (CSAT)");
        assertThat(value("tile-csat")).isEqualTo("100 %");
        assertThat(value("tile-csat-response")).isEqualTo("50 %");
        assertThat(card.counts.getText())
                .isEqualTo("1 valoraciones de 4 o 5 entre 1 respuestas a 2 encuestas enviadas en el periodo.");
        assertThat(card.trend).as("the management card is figures only").isNull();
    }

    @Test
    void theSupportHomeAddsTheTrendAndTheDistributionOfRatings() {
        login(admin);
        UI.getCurrent().navigate("dashboard/support", QueryParameters.of("period", "this-month"));

        CsatCard card = _get(CsatCard.class);
        assertThat(value("tile-csat")).isEqualTo("100 %");
        assertThat(card.trend.getDescription()).isEqualTo("CSAT y tasa de respuesta por mes de envío de la encuesta");
        assertThat(card.distribution.getOptionsJson()).contains("\"data\":[0.0,0.0,0.0,0.0,1.0]")
                .contains("5 · Muy satisfecho");
    }

    @Test
    void aSalespersonSeesTheCsatOfTheirOwnCustomers() {
        login(seller);
        UI.getCurrent().navigate("dashboard/sales", QueryParameters.of("period", "this-month"));

        assertThat(_get(CsatCard.class).heading()).isEqualTo("Satisfacción (CSAT) de tus clientes");
        assertThat(value("tile-csat")).isEqualTo("100 %");
        assertThat(value("tile-csat-response")).as("their one customer answered its one survey").isEqualTo("100 %");
    }
}
