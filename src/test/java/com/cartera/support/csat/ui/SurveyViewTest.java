package com.cartera.support.csat.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.base.ui.UiLocale;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;

/** The public survey page, opened with nobody signed in from the mailed link. */
@CarteraIntegrationTest
class SurveyViewTest extends KaribuTest {

    private record Sent(SignedInUser admin, long ticketId, String token) {
    }

    private Sent resolvedTicket(String workspace, String subject) {
        var fixture = new CsatFixture(context);
        SignedInUser admin = data.newWorkspace(workspace);
        String email = TestData.uniqueEmail("encuesta");
        long customer = fixture.customer(admin, "Cliente " + workspace, email);
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), subject);
        fixture.resolve(admin, customer, ticket);
        return new Sent(admin, ticket, SentMail.last(email).token());
    }

    private static String text(SurveyView view) {
        return view.getElement().getTextRecursively();
    }

    @Test
    void theCustomerRatesWithOneTapAndAComment() {
        Sent sent = resolvedTicket("Talleres Página SL", "La caldera no enciende");

        UI.getCurrent().navigate("survey/" + sent.token());
        var view = _get(SurveyView.class);
        assertThat(text(view)).contains("Talleres Página SL").contains("¿Cómo valoras la atención que recibiste?")
                .contains("«La caldera no enciende»").contains("Muy insatisfecho").contains("Muy satisfecho");
        assertThat(view.form.ratings).hasSize(5);
        assertThat(view.getPageTitle()).startsWith("Encuesta de satisfacción");

        _click(view.form.ratingButton(4));
        assertThat(view.form.ratingButton(4).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.form.ratingButton(5).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _setValue(view.form.comment(), "Vinieron al día siguiente");
        _click(view.form.sendButton());

        assertThat(text(view)).contains("¡Gracias por tu valoración!").contains("Tu valoración: 4/5 (Satisfecho)")
                .contains("«Vinieron al día siguiente»");
        assertThat(new CsatFixture(context).count(sent.admin(), "ticket_id = ? and rating = 4", sent.ticketId()))
                .isEqualTo(1);
    }

    @Test
    void sendingWithoutARatingAsksForOneAndRecordsNothing() {
        Sent sent = resolvedTicket("Sin Nota SL", "Consulta");

        UI.getCurrent().navigate("survey/" + sent.token());
        var view = _get(SurveyView.class);
        _click(view.form.sendButton());

        assertThat(view.form.problem.isVisible()).isTrue();
        assertThat(view.form.problem.getText()).isEqualTo("Elige una valoración del 1 al 5.");
        assertThat(new CsatFixture(context).count(sent.admin(), "answered_at is not null")).isZero();
    }

    @Test
    void aSecondVisitShowsTheRecordedAnswerWithoutTheForm() {
        Sent sent = resolvedTicket("Segunda Visita SL", "Envío");
        UI.getCurrent().navigate("survey/" + sent.token());
        var first = _get(SurveyView.class);
        _click(first.form.ratingButton(2));
        _click(first.form.sendButton());

        UI.getCurrent().navigate("survey/" + sent.token());
        var again = _get(SurveyView.class);

        assertThat(text(again)).contains("Ya respondiste a esta encuesta.").contains("Tu valoración: 2/5 (Insatisfecho)");
        assertThat(again.form).isNull();
    }

    @Test
    void forgedExpiredAndForeignLinksSaySo() {
        Sent sent = resolvedTicket("Enlaces Raros SL", "Caducada");

        UI.getCurrent().navigate("survey/" + sent.token() + "x");
        assertThat(text(_get(SurveyView.class))).contains("Este enlace de encuesta no es válido");

        UI.getCurrent().navigate("survey/nada");
        assertThat(text(_get(SurveyView.class))).contains("Este enlace de encuesta no es válido");

        new CsatFixture(context).expire(sent.admin(), sent.ticketId());
        UI.getCurrent().navigate("survey/" + sent.token());
        assertThat(text(_get(SurveyView.class))).contains("Este enlace de encuesta ha caducado");
        assertThat(_get(SurveyView.class).form).isNull();
    }

    @Test
    void aReaderWhoChoseEnglishReadsItInEnglish() {
        Sent sent = resolvedTicket("Idiomas SL", "Factura");
        UiLocale.choose(com.vaadin.flow.server.VaadinSession.getCurrent(), UiLocale.ENGLISH);
        UI.getCurrent().setLocale(UiLocale.ENGLISH);

        UI.getCurrent().navigate("survey/" + sent.token());

        assertThat(text(_get(SurveyView.class))).contains("How would you rate the help you received?")
                .contains("Very satisfied");
    }
}
