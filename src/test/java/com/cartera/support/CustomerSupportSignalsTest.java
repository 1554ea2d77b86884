package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;
import com.cartera.support.csat.SurveyLink;

/** What the churn-risk scoring reads of the support desk, in bulk: open incidents and recent low ratings. */
@CarteraIntegrationTest
class CustomerSupportSignalsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerSupportSignals signals;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void openIncidentsAndLowRatingsSinceAMomentPerCustomer() {
        var fixture = new CsatFixture(context);
        SignedInUser admin = new TestData(context).newWorkspace("Señales SL");
        String email = TestData.uniqueEmail("senales");
        long unhappy = fixture.customer(admin, "Cliente Descontento", email);
        long calm = fixture.customer(admin, "Cliente Tranquilo", null);
        fixture.ticket(admin, unhappy, null, admin.userId(), "Abierta 1");
        fixture.ticket(admin, unhappy, null, admin.userId(), "Abierta 2");
        long rated = fixture.ticket(admin, unhappy, null, admin.userId(), "Resuelta");
        fixture.resolve(admin, unhappy, rated);
        context.getBean(SurveyLink.class).answer(SentMail.last(email).token(), 1, null);
        Instant before = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant after = Instant.now().plus(1, ChronoUnit.DAYS);

        Map<Long, CustomerSupportSignals.Signals> recent = read(admin, List.of(unhappy, calm), before);
        Map<Long, CustomerSupportSignals.Signals> none = read(admin, List.of(unhappy, calm), after);

        assertThat(recent).containsOnly(Map.entry(unhappy, new CustomerSupportSignals.Signals(unhappy, 2, 1)));
        assertThat(none).as("the rating is older than asked for")
                .containsOnly(Map.entry(unhappy, new CustomerSupportSignals.Signals(unhappy, 2, 0)));
    }

    private Map<Long, CustomerSupportSignals.Signals> read(SignedInUser admin, List<Long> customers, Instant since) {
        return TestData.as(admin, () -> new TransactionTemplate(transactions).execute(status ->
                signals.of(customers, since)));
    }
}
