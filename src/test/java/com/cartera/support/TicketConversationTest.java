package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.mail.TestSmtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A ticket's conversation on PostgreSQL: replies mailed or kept, notes, first response, attachments. */
@CarteraIntegrationTest
@RecordApplicationEvents
class TicketConversationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    /** A Windows program, named as if it were a PDF. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketConversation conversation;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;
    @Autowired
    SupportProperties properties;
    @Autowired
    ApplicationEvents events;

    private SupportFixtures fx;

    @BeforeEach
    void workspace() {
        TestSmtp.start();
        fx = new SupportFixtures(context, "Conversación " + TestData.uniqueSlug("c"));
    }

    @Test
    void aReplyIsMailedToTheCustomerAndTheFirstOneIsTheFirstResponse() throws Exception {
        Ticket ticket = fx.open("No puedo entrar en mi cuenta");

        TicketMessage reply = TestData.as(fx.agent, () -> conversation.reply(ticket.getId(),
                "Hola, ya hemos restablecido el acceso.", List.of()));
        TestData.as(fx.agent, () -> conversation.reply(ticket.getId(), "¿Le funciona ya?", List.of()));

        assertThat(reply.sentTo()).isEqualTo(fx.customer.getEmail());
        List<MimeMessage> mailed = TestSmtp.received().stream().filter(message -> to(message)
                .equals(fx.customer.getEmail())).toList();
        assertThat(mailed).hasSize(2);
        assertThat(mailed.getFirst().getSubject()).contains("#" + ticket.getId()).contains("No puedo entrar en mi cuenta");
        assertThat(TestData.as(fx.agent, () -> tickets.find(ticket.getId()).orElseThrow().getFirstResponseAt()))
                .isNotNull();
        assertThat(events.stream(TicketFirstResponse.class)).singleElement().satisfies(first -> {
            assertThat(first.ticketId()).isEqualTo(ticket.getId());
            assertThat(first.actorId()).isEqualTo(fx.agent.userId());
        });
    }

    @Test
    void aReplyToACustomerWithoutAddressIsKeptButNotMailedAndNotesAreNeverMailed() {
        Customer silent = fx.data.customer(fx.admin, "Cliente sin correo", null, LifecycleStage.ACTIVE);
        Ticket ticket = TestData.as(fx.agent, () -> tickets.open(SupportFixtures.draft(silent.getId(), "Sin correo")));
        int before = TestSmtp.received().size();

        TicketMessage reply = TestData.as(fx.agent, () -> conversation.reply(ticket.getId(), "Le llamamos", List.of()));
        TicketMessage note = TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "Cliente difícil", List.of()));

        assertThat(reply.sentTo()).isNull();
        assertThat(note.sentTo()).isNull();
        assertThat(TestSmtp.received()).hasSize(before);
        assertThat(TestData.as(fx.admin, () -> conversation.messages(ticket.getId())))
                .extracting(TicketMessage::kind, TicketMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MessageKind.REPLY, "Le llamamos"),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.NOTE, "Cliente difícil"));
        // A note is no response to the customer.
        assertThat(events.stream(TicketFirstResponse.class)).singleElement();
    }

    @Test
    void aNoteIsNotAFirstResponse() {
        Ticket ticket = fx.open("Nota interna");
        TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "Revisar con almacén", List.of()));

        assertThat(events.stream(TicketFirstResponse.class)).isEmpty();
        assertThat(TestData.as(fx.agent, () -> tickets.find(ticket.getId()).orElseThrow().getFirstResponseAt()))
                .isNull();
    }

    @Test
    void attachmentsOfAllowedTypesAreStoredAndDownloadedWithTheTypeFoundInTheirBytes() {
        Ticket ticket = fx.open("Adjuntos");
        byte[] xlsx = office("xl/workbook.xml");
        byte[] csv = "nombre;importe\nMolina;12,50\n".getBytes(StandardCharsets.ISO_8859_1);

        TicketMessage note = TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "Adjunto la factura",
                List.of(new NewAttachment("factura.pdf", PDF), new NewAttachment("foto.jpg", PNG),
                        new NewAttachment("C:\\datos\\tabla.xlsx", xlsx), new NewAttachment("importes.csv", csv))));

        assertThat(note.attachments()).extracting(AttachmentInfo::fileName, AttachmentInfo::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("factura.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("foto.jpg", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("tabla.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        org.assertj.core.groups.Tuple.tuple("importes.csv", "text/csv"));
        long pdfId = note.attachments().getFirst().id();
        AttachmentContent pdf = TestData.as(fx.admin, () -> conversation.download(ticket.getId(), pdfId)).orElseThrow();
        assertThat(pdf.content()).isEqualTo(PDF);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(TestData.as(fx.admin, () -> conversation.messages(ticket.getId())).getFirst().attachments())
                .hasSize(4);
    }

    @Test
    void aFileOfAWrongTypeIsRefusedWhateverItsNameAndNothingIsKept() {
        Ticket ticket = fx.open("Virus");

        assertThatThrownBy(() -> TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "Mire esto",
                List.of(new NewAttachment("factura.pdf", PDF), new NewAttachment("factura2.pdf", EXE)))))
                .isInstanceOfSatisfying(TicketRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachment");
                    assertThat(refused.messageKey()).isEqualTo("support.ticket.error.attachment-type");
                    assertThat(refused.arguments()).containsExactly("factura2.pdf");
                });
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "Un zip",
                List.of(new NewAttachment("datos.docx", office("otra/cosa.xml"))))))
                .isInstanceOf(TicketRefusedException.class);
        assertThat(TestData.as(fx.agent, () -> conversation.messages(ticket.getId()))).isEmpty();
        assertThat(TestData.as(fx.agent, () -> conversation.attachments(ticket.getId()))).isEmpty();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedNamingTheLimit() {
        Ticket ticket = fx.open("Grande");
        byte[] big = new byte[(int) properties.attachmentMaxSize().toBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> TestData.as(fx.agent, () -> conversation.reply(ticket.getId(), "Va el fichero",
                List.of(new NewAttachment("enorme.pdf", big)))))
                .isInstanceOfSatisfying(TicketRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("support.ticket.error.attachment-too-large");
                    assertThat(refused.arguments()).containsExactly("enorme.pdf", 10L);
                });
        assertThat(TestData.as(fx.agent, () -> conversation.messages(ticket.getId()))).isEmpty();
    }

    @Test
    void emptyTextAndClosedTicketsAreRefused() {
        Ticket ticket = fx.open("Cerrada");
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> conversation.note(ticket.getId(), "  ", List.of())))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("body"));
        TestData.as(fx.admin, () -> tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.CLOSED));
        assertThatThrownBy(() -> TestData.as(fx.agent, () -> conversation.reply(ticket.getId(), "Hola", List.of())))
                .isInstanceOfSatisfying(TicketRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("support.ticket.error.closed"));
    }

    static byte[] office(String part) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
