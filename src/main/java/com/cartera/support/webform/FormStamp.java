package com.cartera.support.webform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The time a form was shown, signed (HMAC-SHA256 over the form's address and the time), so that a robot can
 * neither send a form without showing it first nor move its time: {@code <epoch millis>.<signature>}.
 */
final class FormStamp {

    /** How a stamp reads at the moment of sending. */
    enum Check { FRESH, TOO_FAST, STALE }

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret the signing key; blank: a random one of this process */
    FormStamp(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    String issue(String formKey, Instant shownAt) {
        long millis = shownAt.toEpochMilli();
        return millis + "." + sign(formKey, millis);
    }

    /**
     * A stamp sent sooner than {@code minFill} after it was issued is too fast; one older than {@code maxAge}, or
     * not issued here for this form (forged, garbled, another form's), is stale: the person is asked to send again.
     */
    Check check(String formKey, String stamp, Instant now, Duration minFill, Duration maxAge) {
        if (stamp == null) {
            return Check.STALE;
        }
        int dot = stamp.indexOf('.');
        long millis;
        try {
            millis = Long.parseLong(stamp.substring(0, Math.max(dot, 0)));
        } catch (NumberFormatException e) {
            return Check.STALE;
        }
        byte[] expected = sign(formKey, millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Check.STALE;
        }
        Instant shownAt = Instant.ofEpochMilli(millis);
        if (now.isBefore(shownAt.plus(minFill))) {
            return Check.TOO_FAST;
        }
        return now.isAfter(shownAt.plus(maxAge)) ? Check.STALE : Check.FRESH;
    }

    private String sign(String formKey, long millis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signature = mac.doFinal((formKey + "|" + millis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
