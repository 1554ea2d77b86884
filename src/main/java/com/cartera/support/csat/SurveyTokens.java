package com.cartera.support.csat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Survey links: {@code <payload>.<signature>}, both base64url. The payload is the workspace's id (16 bytes) and a
 * random survey key (18 bytes); the signature is HMAC-SHA256 of the payload with {@link CsatProperties#tokenSecret()}.
 * So a link names its workspace and nobody can make one up or move one to another workspace without the secret;
 * the survey row keeps only the SHA-256 of the key, so a copy of the table opens no survey.
 */
@Component
@EnableConfigurationProperties(CsatProperties.class)
class SurveyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 18;
    private static final int PAYLOAD_BYTES = 16 + KEY_BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A new link's token and what the survey row keeps of it. */
    record Issued(String token, String keyHash) {
    }

    /** A link whose signature holds: the workspace it names and the hash of its survey key. */
    record Signed(UUID tenantId, String keyHash) {
    }

    private final SecretKeySpec secret;

    SurveyTokens(CsatProperties properties) {
        this.secret = new SecretKeySpec(properties.tokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    Issued issue(UUID tenantId) {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new Issued(sign(tenantId, key), hash(key));
    }

    /** The workspace and key hash of a genuine link; empty for anything malformed or not signed with our secret. */
    Optional<Signed> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID tenantId = new UUID(buffer.getLong(), buffer.getLong());
        byte[] key = new byte[KEY_BYTES];
        buffer.get(key);
        return Optional.of(new Signed(tenantId, hash(key)));
    }

    /** The token of survey key {@code key} in workspace {@code tenantId}. */
    String sign(UUID tenantId, byte[] key) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .put(key).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String hash(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
