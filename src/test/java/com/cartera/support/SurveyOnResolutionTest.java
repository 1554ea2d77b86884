package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SentMail;
import com.cartera.support.csat.CsatFixture;

/**
 * Through the real ticket service: resolving mails the survey to the customer with the assignee as its agent; a
 * ticket reopened and resolved again keeps its first survey and is not asked about twice.
 */
@CarteraIntegrationTest
class SurveyOnResolutionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;

    @Test
    void resolvingThroughTheServiceSendsTheSurveyOnceEvenAfterAReopen() {
        var support = new SupportFixtures(context, "Resolución SL");
        var csat = new CsatFixture(context);
        Ticket opened = support.open("El pedido llegó roto");
        Ticket assigned = TestData.as(support.agent, () -> tickets.assign(opened.getId(), opened.getVersion(),
                support.agent.userId(), null));

        Ticket resolved = TestData.as(support.agent, () -> tickets.changeStatus(assigned.getId(),
                assigned.getVersion(), TicketStatus.RESOLVED));

        String email = support.customer.getEmail();
        assertThat(SentMail.to(email)).hasSize(1);
        assertThat(SentMail.last(email).text()).contains("«El pedido llegó roto»");
        assertThat(csat.count(support.admin, "ticket_id = ? and agent_id = ? and answered_at is null", opened.getId(),
                support.agent.userId())).isEqualTo(1);

        Ticket reopened = TestData.as(support.agent, () -> tickets.changeStatus(resolved.getId(),
                resolved.getVersion(), TicketStatus.OPEN));
        TestData.as(support.agent, () -> tickets.changeStatus(reopened.getId(), reopened.getVersion(),
                TicketStatus.RESOLVED));

        assertThat(SentMail.to(email)).hasSize(1);
        assertThat(csat.count(support.admin, "ticket_id = ?", opened.getId())).isEqualTo(1);
    }
}
