package com.cartera.security;

import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Takes the client's address and scheme from {@code X-Forwarded-For} / {@code X-Forwarded-Proto} only when the
 * request comes from a configured proxy; Spring Boot's own forwarded-header support is switched off
 * ({@code server.forward-headers-strategy: none}) because its default trusts every private network address.
 */
@Component
@EnableConfigurationProperties(TrustedProxiesProperties.class)
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final TrustedProxiesProperties settings;

    TrustedProxies(TrustedProxiesProperties settings) {
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (settings.trustedProxies().isEmpty()) {
            return;
        }
        var valve = new RemoteIpValve();
        // A list with a slash is read as networks (CIDR), never as Tomcat's default regular expression.
        valve.setInternalProxies(settings.trustedProxies().stream()
                .map(TrustedProxies::asNetwork)
                .collect(Collectors.joining(", ")));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(valve);
    }

    private static String asNetwork(String proxy) {
        if (proxy.contains("/")) {
            return proxy;
        }
        return proxy.contains(":") ? proxy + "/128" : proxy + "/32";
    }
}
