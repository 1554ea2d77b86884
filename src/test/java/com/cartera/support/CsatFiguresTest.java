package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;

/**
 * CSAT and response rate on a hand-built set (DESIGN §5): March 2026 in Madrid, ten surveys sent, six answered
 * 5, 4, 4, 3, 2, 1 → CSAT 3 ÷ 6 = 50 %, response rate 6 ÷ 10 = 60 %. Two more surveys lie just outside the month
 * in Madrid's time (one of them inside it in UTC) and count nowhere.
 *
 * <pre>
 *  #  sent (Madrid)        agent   team  category  customer  rating
 *  1  1 Mar 00:30          X       T     C1        A         5
 *  2  5 Mar                X       T     C1        A         4
 *  3  10 Mar               X       T     C2        B         4
 *  4  15 Mar               Y       T     C2        B         3
 *  5  20 Mar               Y       T     -         B         2
 *  6  25 Mar               Y       -     -         C         1
 *  7  26 Mar               X       -     C1        C         -
 *  8  27 Mar               Y       -     C1        C         -
 *  9  28 Mar               Y       -     C2        A         -
 * 10  31 Mar 23:00         X       -     -         A         -
 *     28 Feb 23:59         Y       -     C2        A         1   (February)
 *     1 Apr 00:30          X       -     C1        A         5   (April)
 * </pre>
 */
@CarteraIntegrationTest
class CsatFiguresTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    CsatFigures figures;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;
    private SignedInUser seller;
    private UUID agentX;
    private UUID agentY;
    private long team;
    private long category1;
    private long category2;
    private long customerA;
    private long customerB;
    private long customerC;

    @BeforeEach
    void handBuiltSet() {
        var data = new TestData(context);
        var fixture = new CsatFixture(context);
        admin = data.newWorkspace("CSAT a mano SL");
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vendedora", Set.of(Role.SALES));
        agentX = admin.userId();
        agentY = data.addMember(admin, TestData.uniqueEmail("soporte"), "Agente Y", Set.of(Role.SUPPORT)).userId();
        String schema = CsatFixture.schema(admin);
        jdbc.update("update " + schema + ".workspace_settings set time_zone = 'Europe/Madrid'");
        team = jdbc.queryForObject("insert into " + schema + ".support_team (name) values ('T') returning id", Long.class);
        category1 = jdbc.queryForObject("insert into " + schema + ".ticket_category (name) values ('C1') returning id",
                Long.class);
        category2 = jdbc.queryForObject("insert into " + schema + ".ticket_category (name) values ('C2') returning id",
                Long.class);
        customerA = fixture.customer(admin, "Cliente A", null);
        customerB = fixture.customer(admin, "Cliente B", null);
        customerC = fixture.customer(admin, "Cliente C", null);
        fixture.own(admin, customerA, seller.userId());
        fixture.own(admin, customerB, seller.userId());
        fixture.own(admin, customerC, admin.userId());

        survey(LocalDateTime.of(2026, 3, 1, 0, 30), agentX, team, category1, customerA, 5);
        survey(LocalDateTime.of(2026, 3, 5, 12, 0), agentX, team, category1, customerA, 4);
        survey(LocalDateTime.of(2026, 3, 10, 12, 0), agentX, team, category2, customerB, 4);
        survey(LocalDateTime.of(2026, 3, 15, 12, 0), agentY, team, category2, customerB, 3);
        survey(LocalDateTime.of(2026, 3, 20, 12, 0), agentY, team, null, customerB, 2);
        survey(LocalDateTime.of(2026, 3, 25, 12, 0), agentY, null, null, customerC, 1);
        survey(LocalDateTime.of(2026, 3, 26, 12, 0), agentX, null, category1, customerC, null);
        survey(LocalDateTime.of(2026, 3, 27, 12, 0), agentY, null, category1, customerC, null);
        survey(LocalDateTime.of(2026, 3, 28, 12, 0), agentY, null, category2, customerA, null);
        survey(LocalDateTime.of(2026, 3, 31, 23, 0), agentX, null, null, customerA, null);
        survey(LocalDateTime.of(2026, 2, 28, 23, 59), agentY, null, category2, customerA, 1);
        survey(LocalDateTime.of(2026, 4, 1, 0, 30), agentX, null, category1, customerA, 5);
    }

    private void survey(LocalDateTime sentInMadrid, UUID agent, Long teamId, Long categoryId, long customer,
                        Integer rating) {
        String schema = CsatFixture.schema(admin);
        Long ticket = jdbc.queryForObject("insert into " + schema + """
                .ticket (customer_id, type, channel, subject, priority, status, opened_at, updated_at, assignee_id,
                         team_id, category_id)
                values (?, 'INQUIRY', 'PHONE', 'Consulta', 'NORMAL', 'RESOLVED', ?, ?, ?, ?, ?) returning id""",
                Long.class, customer, Timestamp.from(sentInMadrid.minusDays(1).atZone(MADRID).toInstant()),
                Timestamp.from(sentInMadrid.atZone(MADRID).toInstant()), agent, teamId, categoryId);
        Timestamp sent = Timestamp.from(sentInMadrid.atZone(MADRID).toInstant());
        jdbc.update("insert into " + schema + """
                .csat_survey (ticket_id, customer_id, agent_id, team_id, category_id, sent_at, expires_at, language,
                              answered_at, rating, source)
                values (?, ?, ?, ?, ?, ?, ?, 'es', ?, ?, ?)""",
                ticket, customer, agent, teamId, categoryId, sent, sent,
                rating == null ? null : Timestamp.from(sentInMadrid.plusHours(2).atZone(MADRID).toInstant()),
                rating, rating == null ? null : "EMAIL");
    }

    @Test
    void csatIsTheShareOfFoursAndFivesAmongRatingsWithTheResponseRateBesideIt() {
        Csat march = TestData.as(admin, () -> figures.of(MARCH, APRIL));

        assertThat(march).isEqualTo(new Csat(10, 6, 3));
        assertThat(march.score()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(march.responseRate()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(Csat.NONE.score()).isNull();
        assertThat(Csat.NONE.responseRate()).isNull();
        assertThat(new Csat(4, 0, 0).score()).as("no ratings: no CSAT, not 0 %").isNull();
    }

    @Test
    void csatPerAgentTeamCategoryAndCustomer() {
        assertThat(TestData.as(admin, () -> figures.by(CsatGrouping.AGENT, MARCH, APRIL))).containsExactlyInAnyOrder(
                new CsatGroup(agentX.toString(), null, new Csat(5, 3, 3)),
                new CsatGroup(agentY.toString(), null, new Csat(5, 3, 0)));
        assertThat(TestData.as(admin, () -> figures.by(CsatGrouping.TEAM, MARCH, APRIL))).containsExactlyInAnyOrder(
                new CsatGroup(String.valueOf(team), "T", new Csat(5, 5, 3)),
                new CsatGroup(null, null, new Csat(5, 1, 0)));
        assertThat(TestData.as(admin, () -> figures.by(CsatGrouping.CATEGORY, MARCH, APRIL))).containsExactly(
                new CsatGroup(String.valueOf(category1), "C1", new Csat(4, 2, 2)),
                new CsatGroup(String.valueOf(category2), "C2", new Csat(3, 2, 1)),
                new CsatGroup(null, null, new Csat(3, 2, 0)));
        assertThat(TestData.as(admin, () -> figures.by(CsatGrouping.CUSTOMER, MARCH, APRIL))).containsExactly(
                new CsatGroup(String.valueOf(customerA), null, new Csat(4, 2, 2)),
                new CsatGroup(String.valueOf(customerB), null, new Csat(3, 3, 1)),
                new CsatGroup(String.valueOf(customerC), null, new Csat(3, 1, 0)));
    }

    @Test
    void trendByMonthOfSendingAndTheDistributionOfRatings() {
        assertThat(TestData.as(admin, () -> figures.trend(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1))))
                .containsExactly(new CsatMonth(YearMonth.of(2026, 2), new Csat(1, 1, 0)),
                        new CsatMonth(YearMonth.of(2026, 3), new Csat(10, 6, 3)),
                        new CsatMonth(YearMonth.of(2026, 4), new Csat(1, 1, 1)));
        RatingDistribution ratings = TestData.as(admin, () -> figures.distribution(MARCH, APRIL));
        assertThat(ratings.counts()).containsExactly(1L, 1L, 1L, 2L, 1L);
        assertThat(ratings.total()).isEqualTo(6);
    }

    @Test
    void aSalespersonReadsTheCsatOfTheirOwnCustomersOnly() {
        // Customers A and B: surveys 1–5 and 9–10: 7 sent, 5 answered (5, 4, 4, 3, 2), 3 of them 4 or 5.
        assertThat(TestData.as(seller, () -> figures.ofOwner(MARCH, APRIL, null))).isEqualTo(new Csat(7, 5, 3));
        assertThat(TestData.as(admin, () -> figures.ofOwner(MARCH, APRIL, admin.userId())))
                .isEqualTo(new Csat(3, 1, 0));
        assertThatThrownBy(() -> TestData.as(seller, () -> figures.ofOwner(MARCH, APRIL, admin.userId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(seller, () -> figures.of(MARCH, APRIL)))
                .as("the whole workspace is management's, support's and admin's").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDailyFiguresFollowALateAnswerANewSurveyAndARemovedTicket() {
        assertThat(TestData.as(admin, () -> figures.of(MARCH, APRIL))).isEqualTo(new Csat(10, 6, 3));
        String schema = CsatFixture.schema(admin);

        // The survey of 26 March answered late with a 5, one more sent on 29 March rated 4, and the ticket of the
        // survey of 20 March (rated 2) deleted with its survey.
        jdbc.update("update " + schema + ".csat_survey set answered_at = sent_at + interval '3 days', rating = 5,"
                + " source = 'PHONE' where sent_at = ?", madrid(LocalDateTime.of(2026, 3, 26, 12, 0)));
        survey(LocalDateTime.of(2026, 3, 29, 12, 0), agentX, team, category1, customerA, 4);
        jdbc.update("delete from " + schema + ".ticket where id = (select ticket_id from " + schema
                + ".csat_survey where sent_at = ?)", madrid(LocalDateTime.of(2026, 3, 20, 12, 0)));

        assertThat(TestData.as(admin, () -> figures.of(MARCH, APRIL))).isEqualTo(new Csat(10, 7, 5));
        assertThat(TestData.as(admin, () -> figures.by(CsatGrouping.AGENT, MARCH, APRIL))).containsExactly(
                new CsatGroup(agentX.toString(), null, new Csat(6, 5, 5)),
                new CsatGroup(agentY.toString(), null, new Csat(4, 2, 0)));
        assertThat(TestData.as(admin, () -> figures.distribution(MARCH, APRIL)).counts())
                .containsExactly(1L, 0L, 1L, 3L, 2L);
    }

    @Test
    void aNewZoneRebuildsTheDailyFiguresInIt() {
        assertThat(TestData.as(admin, () -> figures.trend(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1))))
                .extracting(CsatMonth::csat)
                .containsExactly(new Csat(1, 1, 0), new Csat(10, 6, 3), new Csat(1, 1, 1));

        // In Reykjavik (UTC) the survey of 1 March 00:30 in Madrid was sent in February, and that of 1 April 00:30
        // in March.
        jdbc.update("update " + CsatFixture.schema(admin) + ".workspace_settings set time_zone = 'Atlantic/Reykjavik'");

        assertThat(TestData.as(admin, () -> figures.trend(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1))))
                .extracting(CsatMonth::csat)
                .containsExactly(new Csat(2, 2, 1), new Csat(10, 6, 3), Csat.NONE);
    }

    private static Timestamp madrid(LocalDateTime time) {
        return Timestamp.from(time.atZone(MADRID).toInstant());
    }
}
