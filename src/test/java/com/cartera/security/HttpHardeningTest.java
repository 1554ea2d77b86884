package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.LoopbackHttp;
import com.cartera.TestData;
import com.cartera.CarteraIntegrationTest;

/**
 * What the running server answers over real HTTP on loopback: the login form needs Spring's CSRF token, pages carry
 * the security headers and a SameSite session cookie, and X-Forwarded-For / X-Forwarded-Proto count only from the
 * configured proxy (127.0.0.1 here; requests from 127.0.0.2 play a client that forges them).
 */
@CarteraIntegrationTest
class HttpHardeningTest {

    private static final String PROXY = "127.0.0.1";
    private static final String CLIENT = "127.0.0.2";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private String email;

    @BeforeEach
    void account() {
        email = TestData.uniqueEmail("http");
        new TestData(context).newWorkspace("Http", TestData.uniqueSlug("http"), email);
    }

    private Map<String, String> credentials(String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("username", email);
        form.put("password", password);
        return form;
    }

    private LoopbackHttp.Response signIn(LoopbackHttp http, String password, String... headers) {
        var token = http.get("/login", headers).csrfToken();
        var form = credentials(password);
        form.put(token.getKey(), token.getValue());
        return http.postForm("/login", form, headers);
    }

    @Test
    void aLoginPostWithoutTheFormsCsrfTokenIsRefused() {
        var http = new LoopbackHttp(port, CLIENT);
        // Another site's page posting the visitor's browser into the attacker's account.
        assertThat(http.postForm("/login", credentials(TestData.PASSWORD)).status()).isEqualTo(403);
        // With a session but a token that is not the session's.
        http.get("/login");
        var forged = credentials(TestData.PASSWORD);
        forged.put("_csrf", "forged-token");
        assertThat(http.postForm("/login", forged).status()).isEqualTo(403);
    }

    @Test
    void theLoginFormsTokenSignsInAndSignedInPagesAreNotStored() {
        var http = new LoopbackHttp(port, CLIENT);
        var response = signIn(http, TestData.PASSWORD);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).get().asString().doesNotContain("error");

        var page = http.get("/customers");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("vaadin-login-form");
        assertThat(page.header("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndASameSiteSessionCookie() {
        var page = new LoopbackHttp(port, CLIENT).get("/login");

        assertThat(page.header("Content-Security-Policy")).contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.header("Content-Security-Policy")).get().asString()
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'none'");
        assertThat(page.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.header("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        assertThat(page.setCookie("JSESSIONID")).get().asString()
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void overHttpsAtTheTrustedProxyTheCookieIsSecureAndHstsIsSent() {
        var page = new LoopbackHttp(port, PROXY).get("/login", "X-Forwarded-Proto: https");

        assertThat(page.header("Strict-Transport-Security")).get().asString().contains("max-age=");
        assertThat(page.setCookie("JSESSIONID")).get().asString().contains("Secure", "SameSite=Lax");
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoProxyAreIgnored() {
        var page = new LoopbackHttp(port, CLIENT).get("/login", "X-Forwarded-Proto: https");
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
        assertThat(page.setCookie("JSESSIONID")).get().asString().doesNotContain("Secure");

        // A wrong password counts against the address the request really came from, not the forged one.
        var forged = new LoopbackHttp(port, CLIENT);
        assertThat(signIn(forged, "wrong-password-1", "X-Forwarded-For: 203.0.113.77").header("Location"))
                .get().asString().contains("error");
        assertThat(clientRows("203.0.113.77")).isZero();
        assertThat(clientRows(CLIENT)).isOne();

        // Through the proxy, the client it names is the one counted.
        var proxied = new LoopbackHttp(port, PROXY);
        assertThat(signIn(proxied, "wrong-password-1", "X-Forwarded-For: 203.0.113.78").header("Location"))
                .get().asString().contains("error");
        assertThat(clientRows("203.0.113.78")).isOne();
    }

    private int clientRows(String client) {
        return jdbc.sql("select count(*) from cartera.login_throttle where scope = 'CLIENT' and subject = :client")
                .param("client", client).query(Integer.class).single();
    }
}
