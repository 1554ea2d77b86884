package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slug rule of the sign-up form through a real Jakarta Validator. {@link SignupForm#SLUG_PATTERN} is
 * {@code [a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}}: a lower-case letter, then 2 to 39 units each of which is a
 * letter or digit, or a hyphen that a letter or digit follows. So a slug has 3 to 40 characters, starts
 * with a letter, and has no leading, trailing or doubled hyphen ({@code a--b} is refused because the first
 * hyphen is followed by a hyphen); a single inner hyphen is fine even in the shortest slug ({@code a-b}).
 */
class SignupFormSlugTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static boolean valid(String slug) {
        var form = new SignupForm();
        form.setSlug(slug);
        return validator.validateProperty(form, "slug").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "cafe-martinez", "a-b", "a1b", "abc123", "ab-12-cd", "x-1",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmn" /* 40 */})
    void accepts(String slug) {
        assertThat(valid(slug)).as("'%s' (%d characters)", slug, slug.length()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "a", "-abc", "abc-", "a--b", "cafe--martinez", "Abc", "abC", "1abc",
            "cafe_martinez", "café", "abc def", " abc", "abc ", "a.b.c", "t_a\"; drop",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmno" /* 41 */})
    void refuses(String slug) {
        assertThat(valid(slug)).as("'%s' (%d characters)", slug, slug.length()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aRefusalCarriesTheFormatMessageKey() {
        var form = new SignupForm();
        form.setSlug("-abc");
        assertThat(validator.validateProperty(form, "slug"))
                .singleElement()
                .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{signup.slug.format}"));
    }
}
