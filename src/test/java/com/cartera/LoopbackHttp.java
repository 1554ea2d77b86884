package com.cartera;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP/1.0 client for tests that care which address a request comes from: it connects to the
 * application on loopback from a chosen local address (any of 127.0.0.0/8), keeps the cookies it is given, and
 * shows every response header as sent. Java's own HTTP clients cannot choose their local address.
 */
public final class LoopbackHttp {

    private static final Pattern META = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\"");

    private final int port;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** @param from the local address to connect from, e.g. {@code 127.0.0.2} */
    public LoopbackHttp(int port, String from) {
        this.port = port;
        try {
            this.from = InetAddress.getByName(from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, List<Map.Entry<String, String>> headers, String body) {

        public List<String> all(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }

        public Optional<String> header(String name) {
            return all(name).stream().findFirst();
        }

        /** The {@code Set-Cookie} header that sets {@code name}, attributes included. */
        public Optional<String> setCookie(String name) {
            return all("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        /** Spring Security's CSRF token as Vaadin writes it into the page: parameter name and value. */
        public Map.Entry<String, String> csrfToken() {
            Map<String, String> meta = new LinkedHashMap<>();
            Matcher matcher = META.matcher(body);
            while (matcher.find()) {
                meta.put(matcher.group(1), matcher.group(2));
            }
            if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
                throw new IllegalStateException("No CSRF meta tags in the page (status " + status + ")");
            }
            return Map.entry(meta.get("_csrf_parameter"), meta.get("_csrf"));
        }
    }

    public Response get(String path, String... headerLines) {
        return send("GET", path, null, headerLines);
    }

    public Response postForm(String path, Map<String, String> form, String... headerLines) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, headerLines);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, String body, String... headerLines) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(60_000);
            var request = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))).append("\r\n");
            }
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + from, e);
        }
    }

    private Response read(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip();
            String value = lines[i].substring(colon + 1).strip();
            headers.add(Map.entry(name, value));
            if (name.toLowerCase(Locale.ROOT).equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
