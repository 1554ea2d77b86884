package com.cartera.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.SlaState;
import com.cartera.support.Ticket;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketFields;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.cartera.tenancy.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ticket service's own events keep the clock: open, pause, resume, a new priority, resolve. */
@CarteraIntegrationTest
class TicketSlaThroughServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketSlas slas;
    @Autowired
    TicketSlaStore clocks;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theServicesStepsOpenPauseResumeRepriceAndStopTheClock() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Servicio " + TestData.uniqueSlug("sla"));
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte", Set.of(Role.SUPPORT));
        Customer customer = data.customer(admin, "Talleres Ortiz", null, LifecycleStage.ACTIVE);
        Ticket opened = TestData.as(agent, () -> tickets.open(new TicketDraft(customer.getId(), null,
                TicketType.INCIDENT, TicketChannel.PHONE, "No arranca", null, TicketPriority.HIGH, null, null,
                agent.userId(), null)));
        long id = opened.getId();

        SlaRow clock = clockOf(admin, id);
        assertThat(clock.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(clock.openedAt()).isCloseTo(opened.getOpenedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(TestData.as(agent, () -> slas.of(id)).orElseThrow().state()).isEqualTo(SlaState.ON_TRACK);

        Ticket pending = TestData.as(agent, () -> tickets.changeStatus(id, opened.getVersion(), TicketStatus.PENDING));
        assertThat(clockOf(admin, id).pausedSince()).isNotNull();
        assertThat(TestData.as(agent, () -> slas.of(id)).orElseThrow().state()).isEqualTo(SlaState.PAUSED);

        Ticket resumed = TestData.as(agent, () -> tickets.changeStatus(id, pending.getVersion(), TicketStatus.OPEN));
        assertThat(clockOf(admin, id).pausedSince()).isNull();

        var urgent = TicketFields.of(resumed);
        Ticket raised = TestData.as(agent, () -> tickets.update(id, resumed.getVersion(), new TicketFields(
                urgent.contactPersonId(), urgent.type(), urgent.channel(), urgent.subject(), urgent.description(),
                TicketPriority.URGENT, urgent.categoryId(), urgent.productId())));
        assertThat(clockOf(admin, id).priority()).isEqualTo(TicketPriority.URGENT);

        TestData.as(agent, () -> tickets.changeStatus(id, raised.getVersion(), TicketStatus.RESOLVED));
        assertThat(clockOf(admin, id).stoppedAt()).isNotNull();
        assertThat(TestData.as(agent, () -> slas.of(id)).orElseThrow().state()).isEqualTo(SlaState.MET);
    }

    private SlaRow clockOf(SignedInUser admin, long ticketId) {
        return TenantScope.call(admin.workspace().tenant(), () -> new TransactionTemplate(transactions)
                .execute(status -> clocks.find(ticketId).orElseThrow()));
    }
}
