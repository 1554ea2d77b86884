package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Attachment types found from bytes, never from names. */
class AttachmentTypesTest {

    @Test
    void knownFormatsAreRecognisedByTheirFirstBytes() {
        assertThat(AttachmentTypes.sniff("x.bin", TicketConversationTest.PDF)).contains("application/pdf");
        assertThat(AttachmentTypes.sniff("x", TicketConversationTest.PNG)).contains("image/png");
        assertThat(AttachmentTypes.sniff("x", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(AttachmentTypes.sniff("x", "GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
        assertThat(AttachmentTypes.sniff("a.zip", TicketConversationTest.office("word/document.xml")))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AttachmentTypes.sniff("notas.txt", "Hola, qué tal\r\n".getBytes(StandardCharsets.UTF_8)))
                .contains("text/plain");
        assertThat(AttachmentTypes.sniff("datos.CSV", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .contains("text/csv");
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertThat(AttachmentTypes.sniff("factura.pdf", TicketConversationTest.EXE)).isEmpty();
        assertThat(AttachmentTypes.sniff("hoja.xlsx", TicketConversationTest.office("otra/cosa.xml"))).isEmpty();
        assertThat(AttachmentTypes.sniff("vacío.txt", new byte[0])).isEmpty();
        assertThat(AttachmentTypes.sniff("binario.csv", new byte[] {'a', 0, 'b'})).isEmpty();
    }
}
