package com.cartera.support.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.cartera.support.TicketType;

/** What the public form accepts: required fields, lengths of the columns behind them, formats, few links. */
class WebFormRulesTest {

    private static WebFormEntry entry(String subject, String description) {
        return new WebFormEntry("Ana Pérez", "ana@example.org", "", "", subject, description, null,
                TicketType.INQUIRY, "");
    }

    private static List<String> keys(WebFormEntry entry) {
        return WebFormRules.problems(entry, Set.of(7L), 2).stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void aPlainRequestPasses() {
        assertThat(keys(entry("Factura duplicada", "Me habéis cobrado dos veces el pedido 1234."))).isEmpty();
        assertThat(keys(new WebFormEntry(" Ana ", " ANA@Example.org ", "Molina S.L.", "+34 600 12 34 56", "Asunto",
                "Texto", 7L, TicketType.COMPLAINT, ""))).isEmpty();
    }

    @Test
    void missingValuesAreNamedFieldByField() {
        var problems = WebFormRules.problems(new WebFormEntry(" ", null, null, null, "", " ", null, null, null),
                Set.of(), 2);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("name", "email", "type", "subject", "description");
        assertThat(problems).extracting(FieldProblem::messageKey).allMatch(key -> key.endsWith(".required"));
    }

    @Test
    void valuesLongerThanTheirColumnsAreRefusedWithTheLimit() {
        var tooLong = new WebFormEntry("n".repeat(201), "a".repeat(250) + "@x.es", "c".repeat(201), "",
                "s".repeat(201), "d".repeat(5001), null, TicketType.REQUEST, "");
        var problems = WebFormRules.problems(tooLong, Set.of(), 2);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly(
                "support.form.error.name.too-long", "support.form.error.email.too-long",
                "support.form.error.company.too-long", "support.form.error.subject.too-long",
                "support.form.error.description.too-long");
        assertThat(problems.getFirst().arguments()).containsExactly(200);
        assertThat(problems.getLast().arguments()).containsExactly(5000);
    }

    @Test
    void wrongFormatsAndCategoriesTheFormDoesNotOfferAreRefused() {
        assertThat(keys(new WebFormEntry("Ana", "ana@example", "", "12", "S", "D", 8L, TicketType.INQUIRY, "")))
                .containsExactly("support.form.error.email.format", "support.form.error.phone.format",
                        "support.form.error.category.unknown");
    }

    @Test
    void moreLinksThanAllowedInSubjectAndDescriptionTogetherAreRefused() {
        assertThat(keys(entry("Mira https://a.example", "y www.b.example"))).isEmpty();
        var problems = WebFormRules.problems(entry("Mira https://a.example", "y www.b.example y http://c.example"),
                Set.of(), 2);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("description");
            assertThat(problem.messageKey()).isEqualTo("support.form.error.links");
            assertThat(problem.arguments()).containsExactly(2);
        });
        assertThat(WebFormRules.links("HTTPS://X.EXAMPLE www.y.example nothing.example")).isEqualTo(2);
    }
}
