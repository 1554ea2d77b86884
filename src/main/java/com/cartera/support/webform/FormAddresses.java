package com.cartera.support.webform;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public form's address of each workspace (control table {@code support_form_address}): {@code /ayuda/<key>}
 * with 128 random bits as the key instead of the workspace's slug, so that trying addresses tells nothing about
 * which workspaces exist. The key is public (it is printed on the workspace's web site), so it is kept as is.
 */
@Component
class FormAddresses {

    static final String PATH = "ayuda/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final JdbcClient jdbc;
    private final Clock clock;

    FormAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The workspace whose form has this key, if any. */
    Optional<UUID> tenantOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select tenant_id from cartera.support_form_address where public_key = ?")
                .param(key).query(UUID.class).optional();
    }

    /** The workspace's key, made on first use. */
    String keyOf(UUID tenantId) {
        jdbc.sql("""
                        insert into cartera.support_form_address (tenant_id, public_key, created_at) values (?, ?, ?)
                        on conflict (tenant_id) do nothing""")
                .params(tenantId, newKey(), Timestamp.from(clock.instant())).update();
        return jdbc.sql("select public_key from cartera.support_form_address where tenant_id = ?")
                .param(tenantId).query(String.class).single();
    }

    /** A new key for the workspace; the old address stops working at once. */
    String renew(UUID tenantId) {
        String key = newKey();
        jdbc.sql("""
                        insert into cartera.support_form_address (tenant_id, public_key, created_at) values (?, ?, ?)
                        on conflict (tenant_id) do update set public_key = excluded.public_key,
                            created_at = excluded.created_at""")
                .params(tenantId, key, Timestamp.from(clock.instant())).update();
        return key;
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
