package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Two workspaces whose tickets, messages and files have the same ids (each schema counts from 1): neither reads,
 * changes nor downloads the other's.
 */
@CarteraIntegrationTest
class TicketIsolationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketConversation conversation;

    @Test
    void anotherWorkspaceCanNeitherReadNorChangeNorDownloadThisOnesTickets() {
        var ours = new SupportFixtures(context, "Nuestra " + TestData.uniqueSlug("i"));
        var theirs = new SupportFixtures(context, "Suya " + TestData.uniqueSlug("i"));
        Ticket secret = ours.open("Reclamación confidencial");
        TicketMessage note = TestData.as(ours.agent, () -> conversation.note(secret.getId(), "Dato interno",
                List.of(new NewAttachment("contrato.pdf", TicketConversationTest.PDF))));
        long fileId = note.attachments().getFirst().id();

        // Their workspace has no ticket yet: our ids find nothing there.
        TestData.as(theirs.admin, () -> {
            assertThat(tickets.find(secret.getId())).isEmpty();
            assertThat(tickets.history(secret.getId())).isEmpty();
            assertThat(conversation.messages(secret.getId())).isEmpty();
            assertThat(conversation.download(secret.getId(), fileId)).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> TestData.as(theirs.admin, () -> tickets.changeStatus(secret.getId(),
                secret.getVersion(), TicketStatus.OPEN))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs.admin, () -> conversation.note(secret.getId(), "Intruso",
                List.of()))).isInstanceOf(TicketRefusedException.class);

        // Now they have a ticket, a message and a file with the very same ids: they see and change only their own.
        Ticket own = theirs.open("Su propia incidencia");
        TicketMessage ownNote = TestData.as(theirs.agent, () -> conversation.note(own.getId(), "Nota suya",
                List.of(new NewAttachment("suyo.png", TicketConversationTest.PNG))));
        assertThat(own.getId()).isEqualTo(secret.getId());
        assertThat(ownNote.attachments().getFirst().id()).isEqualTo(fileId);
        TestData.as(theirs.admin, () -> {
            assertThat(tickets.find(secret.getId()).orElseThrow().getSubject()).isEqualTo("Su propia incidencia");
            assertThat(conversation.download(secret.getId(), fileId).orElseThrow().fileName()).isEqualTo("suyo.png");
            return tickets.changeStatus(own.getId(), own.getVersion(), TicketStatus.CLOSED);
        });

        TestData.as(ours.admin, () -> {
            Ticket stillOurs = tickets.find(secret.getId()).orElseThrow();
            assertThat(stillOurs.getSubject()).isEqualTo("Reclamación confidencial");
            assertThat(stillOurs.getStatus()).isEqualTo(TicketStatus.NEW);
            assertThat(conversation.messages(secret.getId())).extracting(TicketMessage::body)
                    .containsExactly("Dato interno");
            assertThat(conversation.download(secret.getId(), fileId).orElseThrow().content())
                    .isEqualTo(TicketConversationTest.PDF);
            return null;
        });
    }
}
