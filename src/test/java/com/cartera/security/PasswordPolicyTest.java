package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules, each checked with a value worked out by hand from the rule. */
class PasswordPolicyTest {

    private static Optional<String> check(String password) {
        return PasswordPolicy.check(password, "someone@example.com");
    }

    @Test
    void tenCharactersMixingLettersAndOtherCharactersAreEnough() {
        assertThat(check("abcdefghi1")).isEmpty();
        // A space is "not a letter" too, so a pass phrase counts as mixed.
        assertThat(check("correct horse")).isEmpty();
        // Letters are Unicode letters, not just a-z.
        assertThat(check("ñandúñandú1")).isEmpty();
    }

    @Test
    void fewerThanTenCharactersOrNoneAtAllAreTooShort() {
        assertThat(check(null)).contains("password.too-short");
        assertThat(check("")).contains("password.too-short");
        assertThat(check("abcdefgh1")).as("9 characters").contains("password.too-short");
    }

    @Test
    void moreThan72Utf8BytesAreTooLongForBcrypt() {
        assertThat(check("a".repeat(71) + "1")).as("72 ASCII characters, 72 bytes").isEmpty();
        assertThat(check("a".repeat(72) + "1")).as("73 bytes").contains("password.too-long");
        assertThat(check("a".repeat(99) + "1")).as("100 characters").contains("password.too-long");
        // "ñ" is two bytes in UTF-8: 36 of them are 72 bytes, and one more character is too many.
        assertThat(check("ñ".repeat(35) + "1")).as("35 ñ and a digit: 71 bytes").isEmpty();
        assertThat(check("ñ".repeat(36) + "1")).as("36 ñ and a digit: 73 bytes in 37 characters")
                .contains("password.too-long");
        // An emoji is four bytes: 18 of them fill BCrypt's 72 bytes with only 18 (36 UTF-16) characters.
        assertThat(check("\uD83D\uDD11".repeat(18) + "1")).as("18 keys and a digit: 73 bytes").contains("password.too-long");
    }

    @Test
    void onlyLettersOrOnlyNonLettersNeedAMix() {
        assertThat(check("abcdefghijk")).contains("password.needs-mix");
        assertThat(check("12345678901")).contains("password.needs-mix");
        assertThat(check("!!!!!!!!!!")).contains("password.needs-mix");
    }

    @ParameterizedTest
    @CsvSource({"password123", "Password123", "PASSWORD1234", "contraseña1", "contrasena1", "123456789a",
            "iloveyou12", "Administrador1", "admin12345", "Qwerty12345"})
    void commonPasswordsAreRefusedIgnoringCase(String password) {
        assertThat(check(password)).contains("password.too-common");
    }

    @Test
    void commonPasswordsMadeOfOneKindOfCharacterAreReportedAsNeedingAMix() {
        assertThat(check("1234567890")).contains("password.needs-mix");
        assertThat(check("qwertyuiop")).contains("password.needs-mix");
    }

    @Test
    void aPasswordContainingTheLocalPartOfTheEmailIsRefusedWhenThatPartHasFourCharactersOrMore() {
        assertThat(PasswordPolicy.check("Maria.Lopez-2024", "maria.lopez@example.com"))
                .contains("password.contains-email");
        assertThat(PasswordPolicy.check("xx-JUAN-99-yy", "Juan@example.com")).contains("password.contains-email");
        // "ana" has three characters: too short a part to count.
        assertThat(PasswordPolicy.check("ana-secret-99", "ana@example.com")).isEmpty();
        // Without an e-mail (or without '@') the rule does not apply.
        assertThat(PasswordPolicy.check("maria.lopez-2024", null)).isEmpty();
        assertThat(PasswordPolicy.check("maria.lopez-2024", "maria.lopez")).isEmpty();
    }

    @Test
    void theFirstRuleBrokenIsReported() {
        // Too short, all letters and common at once: the length rule comes first.
        assertThat(check("abc")).contains("password.too-short");
        // Long enough but all letters and containing the e-mail: mixing comes before the e-mail rule.
        assertThat(PasswordPolicy.check("mariamariamaria", "maria@example.com")).contains("password.needs-mix");
    }
}
