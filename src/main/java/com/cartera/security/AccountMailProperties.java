package com.cartera.security;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where messages to accounts are written and what their links start with.
 *
 * @param dataDir   Cartera's files (as for the embedded database); mail goes to {@code <dataDir>/mail}
 * @param publicUrl the address people reach Cartera at; links in messages start with it, never with a
 *                  request's Host header, which a sender could forge to point the link elsewhere
 */
@ConfigurationProperties("cartera")
public record AccountMailProperties(Path dataDir, URI publicUrl) {

    public AccountMailProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".cartera");
        }
        if (publicUrl == null) {
            publicUrl = URI.create("http://localhost:8080");
        }
    }

    /** {@code publicUrl} followed by {@code path} (which starts with a slash). */
    public URI link(String path) {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
