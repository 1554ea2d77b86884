package com.cartera.support.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.ErasureCount;
import com.cartera.customer.PersonalDataSubject;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.Csat;
import com.cartera.support.CsatFigures;

/**
 * The survey from resolution to answer on the real database and a real SMTP server: who gets it, the link's cases
 * (open, answered, reused, forged, expired, for another workspace), bad input, phone ratings, the low rating's
 * follow-up, and workspaces kept apart.
 */
@CarteraIntegrationTest
class CsatSurveyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SurveyLink link;
    @Autowired
    SurveyTokens tokens;
    @Autowired
    PhoneRatings phoneRatings;
    @Autowired
    CsatFigures figures;
    @Autowired
    JdbcTemplate jdbc;

    private TestData data() {
        return new TestData(context);
    }

    private CsatFixture fixture() {
        return new CsatFixture(context);
    }

    @Test
    void resolvingMailsOneSurveyToTheContactPersonElseTheCustomerAndNoneWithoutAnAddress() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Encuestas SL");
        String customerEmail = TestData.uniqueEmail("cliente");
        String contactEmail = TestData.uniqueEmail("contacto");
        long customer = fixture.customer(admin, "Ferretería Uno", customerEmail);
        long contact = fixture.contact(admin, customer, "Lucía Pérez", contactEmail);
        long toContact = fixture.ticket(admin, customer, contact, admin.userId(), "La factura no cuadra");
        long toCustomer = fixture.ticket(admin, customer, null, admin.userId(), "Pedido incompleto");
        long silent = fixture.customer(admin, "Sin Correo SA", null);
        long noAddress = fixture.ticket(admin, silent, null, admin.userId(), "Sin dirección");

        fixture.resolve(admin, customer, toContact);
        fixture.resolve(admin, customer, toCustomer);
        fixture.resolve(admin, silent, noAddress);

        SentMail.Message toPerson = SentMail.last(contactEmail);
        assertThat(toPerson.subject()).isEqualTo("¿Qué tal te atendimos?");
        assertThat(toPerson.text()).contains("Hola, Lucía Pérez:").contains("«La factura no cuadra»")
                .contains("caduca en 14 días");
        assertThat(toPerson.link()).contains("/survey/");
        assertThat(SentMail.last(customerEmail).text()).contains("«Pedido incompleto»");
        assertThat(fixture.count(admin, "ticket_id = ?", noAddress)).as("no address, no survey").isZero();
        assertThat(fixture.count(admin, "ticket_id in (?, ?) and agent_id = ? and language = 'es'", toContact,
                toCustomer, admin.userId())).isEqualTo(2);
        assertThat(fixture.count(admin, "token_hash = ?", toPerson.token())).as("only a hash is kept").isZero();

        // Reopened and resolved again: the first resolution's survey stands, nothing more is sent.
        fixture.reopen(admin, customer, toContact);
        fixture.resolve(admin, customer, toContact);
        assertThat(SentMail.to(contactEmail)).hasSize(1);
        assertThat(fixture.count(admin, "ticket_id = ?", toContact)).isEqualTo(1);
        assertThat(TestData.as(admin, () -> figures.of(LocalDate.now().minusDays(2), LocalDate.now().plusDays(2))))
                .isEqualTo(new Csat(2, 0, 0));
    }

    @Test
    void aLinkIsAnsweredOnceThenShowsTheAnswerAndReuseRecordsNothing() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Una Respuesta SL");
        String email = TestData.uniqueEmail("una");
        long customer = fixture.customer(admin, "Cliente Una", email);
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), "Avería");
        fixture.resolve(admin, customer, ticket);
        String token = SentMail.last(email).token();

        SurveyLink.Reading open = link.check(token);
        assertThat(open.state()).isEqualTo(SurveyLink.State.OPEN);
        assertThat(open.workspaceName()).isEqualTo("Una Respuesta SL");
        assertThat(open.survey().orElseThrow().ticketSubject()).isEqualTo("Avería");

        SurveyLink.Reading answered = link.answer(token, 5, "  Rapidísimos  ");
        assertThat(answered.state()).isEqualTo(SurveyLink.State.ANSWERED);
        assertThat(answered.survey().orElseThrow().comment()).isEqualTo("Rapidísimos");

        SurveyLink.Reading reused = link.answer(token, 1, "Otra cosa");
        assertThat(reused.state()).isEqualTo(SurveyLink.State.ANSWERED);
        assertThat(reused.survey().orElseThrow().rating()).isEqualTo(5);
        assertThat(fixture.count(admin, "ticket_id = ? and rating = 5 and comment = 'Rapidísimos' and source = 'EMAIL'",
                ticket)).isEqualTo(1);
        assertThat(link.check(token).state()).isEqualTo(SurveyLink.State.ANSWERED);
    }

    @Test
    void forgedExpiredAndForeignLinksSaySoAndRecordNothing() {
        var fixture = fixture();
        SignedInUser a = data().newWorkspace("Empresa A");
        SignedInUser b = data().newWorkspace("Empresa B");
        String emailA = TestData.uniqueEmail("a");
        String emailB = TestData.uniqueEmail("b");
        long customerA = fixture.customer(a, "Cliente A", emailA);
        long customerB = fixture.customer(b, "Cliente B", emailB);
        long ticketA = fixture.ticket(a, customerA, null, a.userId(), "Caduca");
        long ticketB = fixture.ticket(b, customerB, null, b.userId(), "De B");
        fixture.resolve(a, customerA, ticketA);
        fixture.resolve(b, customerB, ticketB);
        String tokenA = SentMail.last(emailA).token();
        String tokenB = SentMail.last(emailB).token();

        char last = tokenB.charAt(tokenB.length() - 1);
        String forged = tokenB.substring(0, tokenB.length() - 1) + (last == 'x' ? 'y' : 'x');
        assertThat(link.answer(forged, 5, null).state()).isEqualTo(SurveyLink.State.FORGED);
        assertThat(link.check("../../etc/passwd").state()).isEqualTo(SurveyLink.State.FORGED);

        // B's survey key, signed (with the secret) as if it were A's: A has no such survey, and B's is untouched.
        String movedToA = tokens.sign(a.workspace().tenant().id(), CsatFixture.key(tokenB));
        assertThat(link.answer(movedToA, 1, "ajeno").state()).isEqualTo(SurveyLink.State.OTHER_WORKSPACE);
        assertThat(link.check(tokens.sign(java.util.UUID.randomUUID(), CsatFixture.key(tokenB))).state())
                .as("a workspace that does not exist").isEqualTo(SurveyLink.State.OTHER_WORKSPACE);

        fixture.expire(a, ticketA);
        assertThat(link.answer(tokenA, 4, "tarde").state()).isEqualTo(SurveyLink.State.EXPIRED);

        assertThat(fixture.count(a, "answered_at is not null")).isZero();
        assertThat(fixture.count(b, "answered_at is not null")).isZero();
        assertThat(link.check(tokenB).state()).isEqualTo(SurveyLink.State.OPEN);
    }

    @Test
    void aRatingOutsideOneToFiveOrAnOverlongCommentIsRefusedNamingTheField() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Entradas SL");
        String email = TestData.uniqueEmail("entradas");
        long customer = fixture.customer(admin, "Cliente Entradas", email);
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), "Entrada");
        fixture.resolve(admin, customer, ticket);
        String token = SentMail.last(email).token();

        assertThatThrownBy(() -> link.answer(token, 6, null)).isInstanceOf(FieldRejectedException.class)
                .extracting("field").isEqualTo("rating");
        assertThatThrownBy(() -> link.answer(token, null, null)).isInstanceOf(FieldRejectedException.class)
                .extracting("field").isEqualTo("rating");
        assertThatThrownBy(() -> link.answer(token, 3, "x".repeat(SurveyRatings.MAX_COMMENT + 1)))
                .isInstanceOf(FieldRejectedException.class).extracting("field").isEqualTo("comment");
        assertThat(link.check(token).state()).isEqualTo(SurveyLink.State.OPEN);
        assertThat(link.answer(token, 3, "x".repeat(SurveyRatings.MAX_COMMENT)).state())
                .isEqualTo(SurveyLink.State.ANSWERED);
    }

    @Test
    void aLowRatingGivesTheCustomersOwnerACallTomorrow() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Baja Nota SL");
        SignedInUser seller = data().addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas",
                Set.of(Role.SALES));
        String email = TestData.uniqueEmail("baja");
        long customer = fixture.customer(admin, "Cliente Enfadado", email);
        fixture.own(admin, customer, seller.userId());
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), "Sigue sin funcionar");
        fixture.resolve(admin, customer, ticket);

        link.answer(SentMail.last(email).token(), 2, "Tardaron una semana");

        Map<String, Object> followUp = jdbc.queryForMap("select assignee_id, kind, status, due_at, notes from "
                + CsatFixture.schema(admin) + ".follow_up where customer_id = ?", customer);
        assertThat(followUp.get("assignee_id")).isEqualTo(seller.userId());
        assertThat(followUp.get("kind")).isEqualTo("CALL");
        assertThat(followUp.get("status")).isEqualTo("OPEN");
        ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from " + CsatFixture.schema(admin)
                + ".workspace_settings", String.class));
        assertThat(((Timestamp) followUp.get("due_at")).toInstant()).isEqualTo(
                LocalDate.now(zone).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
        assertThat((String) followUp.get("notes")).contains("Valoración baja del soporte (2/5, ticket #" + ticket)
                .contains("«Tardaron una semana»");
    }

    @Test
    void aRatingOfThreeOrMoreSchedulesNothing() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Nota Normal SL");
        String email = TestData.uniqueEmail("normal");
        long customer = fixture.customer(admin, "Cliente Normal", email);
        fixture.own(admin, customer, admin.userId());
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), "Duda");
        fixture.resolve(admin, customer, ticket);

        link.answer(SentMail.last(email).token(), 3, null);

        assertThat(data().count("select count(*) from " + CsatFixture.schema(admin) + ".follow_up")).isZero();
    }

    @Test
    void anAgentRecordsAPhoneRatingOnceAndOnlySupportOrAdminMay() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Teléfono SL");
        SignedInUser agent = data().addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte",
                Set.of(Role.SUPPORT));
        SignedInUser seller = data().addMember(admin, TestData.uniqueEmail("v"), "Víctor", Set.of(Role.SALES));
        long customer = fixture.customer(admin, "Cliente Sin Correo", null);
        long ticket = fixture.ticket(admin, customer, null, agent.userId(), "Llamada");
        long open = fixture.ticket(admin, customer, null, agent.userId(), "Aún abierto");
        fixture.resolve(agent, customer, ticket);
        assertThat(fixture.count(admin, "ticket_id = ?", ticket)).as("no address: nothing mailed").isZero();

        assertThatThrownBy(() -> TestData.as(seller, () -> phoneRatings.record(ticket, 4, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(agent, () -> phoneRatings.record(open, 4, null)))
                .isInstanceOf(FieldRejectedException.class).extracting("messageKey")
                .isEqualTo("support.csat.phone.not-resolved");

        Survey survey = TestData.as(agent, () -> phoneRatings.record(ticket, 4, "Contento"));
        assertThat(survey.source()).isEqualTo("PHONE");
        assertThat(survey.rating()).isEqualTo(4);
        assertThat(fixture.count(admin, "ticket_id = ? and recorded_by = ? and token_hash is null", ticket,
                agent.userId())).isEqualTo(1);
        assertThatThrownBy(() -> TestData.as(agent, () -> phoneRatings.record(ticket, 1, null)))
                .isInstanceOf(FieldRejectedException.class).extracting("messageKey")
                .isEqualTo("support.csat.phone.answered");
        assertThat(TestData.as(admin, () -> figures.of(LocalDate.now().minusDays(2), LocalDate.now().plusDays(2))))
                .as("asked by phone counts as sent").isEqualTo(new Csat(1, 1, 1));
    }

    @Test
    void anotherWorkspaceNeitherReadsNorAnswersNorCountsASurvey() {
        var fixture = fixture();
        SignedInUser a = data().newWorkspace("Aislada A");
        SignedInUser b = data().newWorkspace("Aislada B");
        String email = TestData.uniqueEmail("aislada");
        long customer = fixture.customer(a, "Cliente de A", email);
        long ticket = fixture.ticket(a, customer, null, a.userId(), "Solo de A");
        fixture.resolve(a, customer, ticket);
        link.answer(SentMail.last(email).token(), 5, null);
        LocalDate from = LocalDate.now().minusDays(2);
        LocalDate to = LocalDate.now().plusDays(2);

        assertThat(TestData.as(b, () -> figures.of(from, to))).isEqualTo(Csat.NONE);
        assertThat(TestData.as(b, () -> phoneRatings.ofTicket(ticket))).isEmpty();
        assertThatThrownBy(() -> TestData.as(b, () -> phoneRatings.record(ticket, 1, null)))
                .isInstanceOf(FieldRejectedException.class).extracting("messageKey")
                .isEqualTo("support.csat.phone.no-ticket");
        assertThat(TestData.as(a, () -> figures.of(from, to))).isEqualTo(new Csat(1, 1, 1));
    }

    @Test
    void surveysFollowAMergeAndErasureBlanksTheCommentButKeepsTheRating() {
        var fixture = fixture();
        SignedInUser admin = data().newWorkspace("Fusiones SL");
        String email = TestData.uniqueEmail("fusion");
        long merged = fixture.customer(admin, "Cliente Duplicado", email);
        long survivor = fixture.customer(admin, "Cliente Bueno", null);
        long ticket = fixture.ticket(admin, merged, null, admin.userId(), "Duplicado");
        fixture.resolve(admin, merged, ticket);
        link.answer(SentMail.last(email).token(), 4, "Me llamo Ana y vivo en Vigo");
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

        TestData.as(admin, () -> transaction.execute(status -> {
            context.publishEvent(new CustomersMerged(admin.workspace().tenant(), merged, survivor));
            return null;
        }));
        assertThat(fixture.count(admin, "ticket_id = ? and customer_id = ?", ticket, survivor)).isEqualTo(1);

        var subject = new PersonalDataSubject(survivor, List.of(survivor), "Anonimizado", Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of());
        ErasureCount erased = TestData.as(admin, () -> transaction.execute(status ->
                context.getBean(SurveyPersonalData.class).erase(subject)));
        assertThat(erased.anonymised()).isEqualTo(1);
        assertThat(fixture.count(admin, "ticket_id = ? and rating = 4 and comment is null", ticket)).isEqualTo(1);
    }
}
