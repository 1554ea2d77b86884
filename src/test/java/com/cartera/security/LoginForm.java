package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.cartera.TestWorkspaces;

/** A browser over real HTTP that signs in with the login form, as people do. */
public final class LoginForm {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private LoginForm() {
    }

    /** A new browser signed in as {@code email}: the page for the CSRF token, then the form's POST. */
    public static HttpClient signIn(int port, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = get(browser, port, "/login").body();
        var csrf = CSRF_META.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(TestWorkspaces.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        var response = browser.send(HttpRequest.newBuilder(url(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        return browser;
    }

    /** A page as the browser gets it, redirects not followed. */
    public static HttpResponse<String> get(HttpClient browser, int port, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(port, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static URI url(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
