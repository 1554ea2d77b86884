package com.cartera.base.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final UUID ANA = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID LUIS = UUID.fromString("22222222-2222-2222-2222-222222222222");

    private static Optional<String> names(UUID id) {
        return id.equals(ANA) ? Optional.of("Ana Pérez") : id.equals(LUIS) ? Optional.of("<b>Luis</b>") : Optional.empty();
    }

    @Test
    void storedMentionsAreReadAsMemberIdsInOrderOnce() {
        String note = "Llamar con @[" + LUIS + "] y @[" + ANA + "], otra vez @[" + LUIS + "]; @[no-es-un-id] no cuenta";

        assertThat(Mentions.ids(note)).containsExactly(LUIS, ANA);
        assertThat(Mentions.ids(null)).isEmpty();
    }

    @Test
    void onlyNewlyMentionedPeopleAreAdded() {
        String before = "Hablar con @[" + ANA + "]";
        String after = "Hablar con @[" + ANA + "] y @[" + LUIS + "]";

        assertThat(Mentions.added(before, after)).containsExactly(LUIS);
        assertThat(Mentions.added(after, before)).isEmpty();
        assertThat(Mentions.added(null, before)).containsExactly(ANA);
    }

    @Test
    void renderedWithTheCurrentNameAsPlainTextParts() {
        String note = "<script>alert(1)</script> ver @[" + LUIS + "] y @[" + UUID.randomUUID() + "]";

        List<Mentions.Part> parts = Mentions.parts(note, MentionsTest::names, "(?)");

        assertThat(parts).containsExactly(new Mentions.Text("<script>alert(1)</script> ver "),
                new Mentions.Mention(LUIS, "<b>Luis</b>"), new Mentions.Text(" y "),
                new Mentions.Mention(((Mentions.Mention) parts.get(3)).memberId(), "(?)"));
        assertThat(Mentions.plain(note, MentionsTest::names, "(?)"))
                .isEqualTo("<script>alert(1)</script> ver @<b>Luis</b> y @(?)");
    }

    @Test
    void theEditorShowsNamesAndStoresIdsAgain() {
        String stored = "Con @[" + ANA + "] y [corchetes] y @[Nadie]";

        String edited = Mentions.toEditor(stored, MentionsTest::names, "(?)");

        assertThat(edited).isEqualTo("Con @[Ana Pérez] y [corchetes] y @[Nadie]");
        assertThat(Mentions.fromEditor(edited, Map.of("Ana Pérez", ANA))).isEqualTo(stored);
    }

    @Test
    void bracketsInANameDoNotBreakTheEditorToken() {
        assertThat(Mentions.editorToken("Eva [ventas]\nNorte")).isEqualTo("@[Eva (ventas) Norte]");
        assertThat(Mentions.fromEditor("hola @[Eva (ventas) Norte]", Map.of("Eva (ventas) Norte", ANA)))
                .isEqualTo("hola @[" + ANA + "]");
    }
}
