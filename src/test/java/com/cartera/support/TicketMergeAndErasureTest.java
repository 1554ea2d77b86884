package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.privacy.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Tickets follow a merge to the surviving customer, and are erased with the person's data. */
@CarteraIntegrationTest
class TicketMergeAndErasureTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketConversation conversation;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSurvivorGetsTheMergedCustomersTicketsAndTheMoveIsKept() {
        var fx = new SupportFixtures(context, "Fusión " + TestData.uniqueSlug("m"));
        Customer duplicate = fx.data.customer(fx.admin, "Molina duplicada", null, LifecycleStage.ACTIVE);
        Ticket moved = TestData.as(fx.agent, () -> tickets.open(SupportFixtures.draft(duplicate.getId(), "Rotura")));
        Ticket kept = fx.open("Retraso");

        TestData.as(fx.admin, () -> transactions.execute(status -> {
            events.publishEvent(new CustomersMerged(fx.admin.workspace().tenant(), duplicate.getId(),
                    fx.customer.getId()));
            return null;
        }));

        TestData.as(fx.agent, () -> {
            assertThat(tickets.ofCustomer(fx.customer.getId(), false, 10)).extracting(TicketSummary::id)
                    .containsExactlyInAnyOrder(moved.getId(), kept.getId());
            assertThat(tickets.ofCustomer(duplicate.getId(), false, 10)).isEmpty();
            assertThat(tickets.history(moved.getId())).filteredOn(change -> change.field().equals("CUSTOMER"))
                    .singleElement().satisfies(change -> {
                        assertThat(change.oldValue()).isEqualTo(duplicate.getId().toString());
                        assertThat(change.newValue()).isEqualTo(fx.customer.getId().toString());
                        assertThat(change.changedBy()).isEqualTo(fx.admin.userId());
                    });
            return null;
        });
    }

    @Test
    void erasureKeepsTheTicketsFiguresAndRemovesThePersonsWords() {
        var fx = new SupportFixtures(context, "Borrado " + TestData.uniqueSlug("e"));
        Ticket ticket = fx.open("Me llamo Ana y mi DNI es 12345678Z");
        TestData.as(fx.agent, () -> conversation.reply(ticket.getId(), "Hola Ana", List.of(
                new NewAttachment("dni.pdf", TicketConversationTest.PDF))));
        Customer bystander = fx.data.customer(fx.admin, "Vecino", null, LifecycleStage.ACTIVE);
        Ticket untouched = TestData.as(fx.agent, () -> tickets.open(SupportFixtures.draft(bystander.getId(),
                "Otro asunto")));

        TestData.as(fx.admin, () -> personalData.erase(fx.customer.getId()));

        TestData.as(fx.admin, () -> {
            Ticket erased = tickets.find(ticket.getId()).orElseThrow();
            assertThat(erased.getSubject()).isEqualTo(TicketPersonalData.ERASED_SUBJECT);
            assertThat(erased.getDescription()).isNull();
            assertThat(erased.getType()).isEqualTo(TicketType.INCIDENT);
            assertThat(erased.getFirstResponseAt()).isNotNull();
            assertThat(conversation.messages(ticket.getId())).isEmpty();
            assertThat(conversation.attachments(ticket.getId())).isEmpty();
            assertThat(tickets.history(ticket.getId())).allSatisfy(change -> {
                if (change.field().equals("SUBJECT") || change.field().equals("DESCRIPTION")) {
                    assertThat(change.oldValue()).isNull();
                }
            });
            assertThat(tickets.find(untouched.getId()).orElseThrow().getSubject()).isEqualTo("Otro asunto");
            return null;
        });
    }
}
