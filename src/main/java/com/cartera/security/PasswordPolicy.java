package com.cartera.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes a password acceptable. Returns the message key of the first rule broken. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** BCrypt reads no more than 72 bytes of a password, and Spring's encoder refuses longer ones. */
    static final int MAX_UTF8_BYTES = 72;

    /** Common passwords that pass the other rules (all-digit or all-letter ones fail the mix rule anyway). */
    private static final Set<String> COMMON = Set.of("password123", "contraseña1", "contrasena1",
            "password1234", "123456789a", "iloveyou12", "administrador1", "admin12345", "qwerty12345");

    private PasswordPolicy() {
    }

    static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (!fitsBcrypt(password)) {
            return Optional.of("password.too-long");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("password.needs-mix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        if (email != null && email.contains("@")) {
            String localPart = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (localPart.length() >= 4 && lower.contains(localPart)) {
                return Optional.of("password.contains-email");
            }
        }
        return Optional.empty();
    }

    /** Whether BCrypt can take the password whole: no stored hash can match a longer one. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_UTF8_BYTES;
    }
}
