package com.cartera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser talking to a running Cartera over plain HTTP, without running any JavaScript: its own cookie jar,
 * sign-in through the login form's POST, and Vaadin UIs opened and driven with the requests Vaadin's client
 * sends ({@code ?v-r=init}, then UIDL messages).
 */
public final class HttpBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Vaadin prefixes its JSON answers with this, so that they cannot be read as a script. */
    private static final String JSON_GUARD = "for(;;);";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER_META = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A browser that never signed in and keeps no cookies. */
    public static HttpClient withoutCookies() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String url(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return sendBytes(client, HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /** Signs in through the login form (with the Spring Security CSRF token its page carries). */
    public void signIn(String email, String password) {
        String page = get("/login").body();
        Map<String, String> form = Map.of(
                group(CSRF_PARAMETER_META, page), group(CSRF_META, page),
                "username", email,
                "password", password);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build());
        assertThat(signedIn.uri().getPath()).as("signed in, not sent back to the login page").doesNotStartWith("/login");
    }

    /** Opens a Vaadin UI on {@code location}, as the page's client-side bootstrap does after loading. */
    public Ui open(String location) {
        assertThat(get("/" + location).statusCode()).isEqualTo(200);
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=");
        assertThat(init.statusCode()).as("UI bootstrap of %s", location).isEqualTo(200);
        JsonNode uidl = read(init.body()).path("appConfig").path("uidl");
        assertThat(uidl.isObject()).as("the bootstrap carries the UI's first UIDL: %s", init.body()).isTrue();
        return new Ui(uidl.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString(), uidl);
    }

    /**
     * Sends one UIDL message to {@code ui} with the given token and client message id, as Vaadin's client does;
     * returns the server's answer as JSON.
     */
    public JsonNode uidl(Ui ui, String csrfToken, int clientId, ArrayNode invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", invocations);
        message.put("syncId", ui.syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=" + ui.id)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = read(response.body());
        if (answer.has("syncId")) {
            ui.syncId = answer.path("syncId").asInt();
        }
        return answer;
    }

    /** What the page's client asks the UI for once it has started: to show {@code route}. */
    public static ArrayNode navigation(String route) {
        ArrayNode invocations = JSON.createArrayNode();
        ObjectNode event = invocations.addObject();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return invocations;
    }

    /** Every string value anywhere in {@code json} that matches {@code pattern}. */
    public static List<String> strings(JsonNode json, Pattern pattern) {
        List<String> found = new ArrayList<>();
        collect(json, pattern, found);
        return found;
    }

    private static void collect(JsonNode node, Pattern pattern, List<String> found) {
        if (node.isString() && pattern.matcher(node.asString()).find()) {
            found.add(node.asString());
        }
        for (JsonNode child : node) {
            collect(child, pattern, found);
        }
    }

    public static JsonNode read(String body) {
        String json = body.startsWith(JSON_GUARD) ? body.substring(JSON_GUARD.length()) : body;
        JsonNode node = JSON.readTree(json);
        return node.isArray() && node.size() == 1 ? node.get(0) : node;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> sendBytes(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A Vaadin UI opened in this browser: its id, its CSRF token and the state it was first sent. */
    public static final class Ui {

        public final int id;
        public final String csrfToken;
        public final JsonNode firstUidl;
        private int syncId;

        Ui(int id, String csrfToken, JsonNode firstUidl) {
            this.id = id;
            this.csrfToken = csrfToken;
            this.firstUidl = firstUidl;
            this.syncId = firstUidl.path("syncId").asInt();
        }
    }
}
