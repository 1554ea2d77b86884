package com.cartera.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tenant schema names: {@code t_} and the slug with '-' as '_', and nothing else ever reaches a
 * {@code set search_path} or {@code drop schema}. The pattern is {@code t_[a-z][a-z0-9_]{1,59}}: 4 to 62
 * characters, within PostgreSQL's 63-byte identifier limit.
 */
class TenantRefTest {

    @Test
    void theSchemaIsTPrefixAndTheSlugWithUnderscoresForHyphens() {
        assertThat(TenantRef.schemaFor("abc")).isEqualTo("t_abc");
        assertThat(TenantRef.schemaFor("cafe-martinez")).isEqualTo("t_cafe_martinez");
        assertThat(TenantRef.schemaFor("a-b-c1")).isEqualTo("t_a_b_c1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t_abc", "t_cafe_martinez", "t_a1", "t_ab", "t_a_b"})
    void acceptsWellFormedSchemaNames(String schema) {
        assertThat(TenantRef.isValidSchemaName(schema)).isTrue();
        assertThat(new TenantRef(UUID.randomUUID(), "slug", schema).schema()).isEqualTo(schema);
    }

    @Test
    void acceptsTheLongestSchemaASlugCanHaveAndUpTo62Characters() {
        String slug = "a" + "-b".repeat(19) + "c"; // 40 characters, the longest slug
        assertThat(slug).hasSize(40);
        assertThat(TenantRef.isValidSchemaName(TenantRef.schemaFor(slug))).isTrue();
        assertThat(TenantRef.isValidSchemaName("t_" + "a".repeat(60))).as("62 characters").isTrue();
        assertThat(TenantRef.isValidSchemaName("t_" + "a".repeat(61))).as("63 characters").isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"t_a\"; drop", "t_a\"; drop schema cartera cascade; --", "t_a'b", "t_abc;",
            "T_abc", "t_Abc", "t_abC", "t_a", "t_", "t_1abc", "t__abc", "t_abc-def", "t_abc def", "t_abc\n",
            "abc", "public", "cartera", "cartera_none", "pg_catalog", "t_ñandu", "\"t_abc\"", " t_abc"})
    void refusesAnythingElse(String schema) {
        assertThat(TenantRef.isValidSchemaName(schema)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new TenantRef(UUID.randomUUID(), "slug", schema))
                .withMessageContaining("Not a tenant schema name");
    }

    @Test
    void aSlugSmugglingSqlNeverBecomesAUsableSchemaName() {
        String schema = TenantRef.schemaFor("a\"; drop schema cartera cascade; --");
        assertThat(schema).startsWith("t_");
        assertThatIllegalArgumentException().isThrownBy(() -> new TenantRef(UUID.randomUUID(), "x", schema));
    }
}
