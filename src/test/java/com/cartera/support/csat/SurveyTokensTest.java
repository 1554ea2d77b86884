package com.cartera.support.csat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Survey links name their workspace and cannot be made up, altered or moved without the secret. */
class SurveyTokensTest {

    private final SurveyTokens tokens = new SurveyTokens(properties("a-test-secret-that-is-long-enough-for-hmac"));

    private static CsatProperties properties(String secret) {
        return new CsatProperties(Duration.ofDays(14), secret, 0, null);
    }

    @Test
    void aGenuineLinkNamesItsWorkspaceAndTheHashOfItsKey() {
        UUID tenant = UUID.randomUUID();
        SurveyTokens.Issued issued = tokens.issue(tenant);

        assertThat(tokens.verify(issued.token())).contains(new SurveyTokens.Signed(tenant, issued.keyHash()));
        assertThat(issued.token()).doesNotContain(issued.keyHash()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.issue(tenant).keyHash()).as("every link has its own key").isNotEqualTo(issued.keyHash());
    }

    @Test
    void anAlteredMalformedOrForeignlySignedLinkIsRefused() {
        UUID tenant = UUID.randomUUID();
        String token = tokens.issue(tenant).token();
        String otherWorkspace = tokens.sign(UUID.randomUUID(), CsatFixture.key(token));
        String movedPayload = otherWorkspace.substring(0, otherWorkspace.indexOf('.'))
                + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 1);

        assertThat(tokens.verify(movedPayload)).as("workspace changed, signature kept").isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(tokens.verify(token.replace(".", ""))).isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(new SurveyTokens(properties("another-secret-that-is-long-enough-for-hmac")).verify(token))
                .as("signed with another secret").isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> properties("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token-secret");
        assertThat(properties(null).tokenSecret()).isEqualTo(CsatProperties.DEVELOPMENT_SECRET);
        assertThat(properties(null).linkValidity()).isEqualTo(Duration.ofDays(14));
    }
}
