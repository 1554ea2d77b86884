package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which texts name a person: their names and identifiers as a whole, compared as duplicate detection does. */
class PersonalDataSubjectTest {

    private final PersonalDataSubject subject = new PersonalDataSubject(7, List.of(7L, 57L), "Cliente anonimizado #7",
            Set.of("Ana Ruiz", "A. Ruiz"), Set.of("ana@example.org"), Set.of("611223344"), Set.of("B12345678"),
            Set.of("ERP-1"));

    @Test
    void namesAndIdentifiersMatchWhateverTheirCaseSpacesOrSeparators() {
        assertThat(subject.identifies(" ana ruiz ")).isTrue();
        assertThat(subject.identifies("ANA@example.org")).isTrue();
        assertThat(subject.identifies("+34 611-22-33-44")).isTrue();
        assertThat(subject.identifies("b-12.345.678")).isTrue();
        assertThat(subject.identifies("ERP-1")).isTrue();
    }

    @Test
    void partsOfATextOrOtherPeopleDoNot() {
        assertThat(subject.identifies("Ana")).isFalse();
        assertThat(subject.identifies("Ana Ruiz Gómez")).isFalse();
        assertThat(subject.identifies("12345")).isFalse();
        assertThat(subject.identifies("")).isFalse();
        assertThat(subject.identifies(null)).isFalse();
        assertThat(subject.wordsLowerCase()).containsExactlyInAnyOrder("ana ruiz", "a. ruiz", "ana@example.org", "erp-1");
    }
}
