package com.cartera.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The load balancers and proxies in front of Cartera ({@code cartera.security.trusted-proxies}): addresses
 * ({@code 10.0.0.7}) or networks ({@code 10.0.0.0/8}). Only a request arriving from one of them may say, in
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, who the client is and whether it used HTTPS. Empty by
 * default: the headers are then ignored and the connection's own address counts.
 */
@ConfigurationProperties("cartera.security")
public record TrustedProxiesProperties(List<String> trustedProxies) {

    public TrustedProxiesProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
