package com.cartera.calendar;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Addresses in and of the feed. They start with where people reach Cartera ({@code cartera.public-url}), never
 * with a request's Host header.
 */
@ConfigurationProperties("cartera")
record CalendarLinks(URI publicUrl) {

    static final String FEED_PATH = "/calendar/";

    CalendarLinks {
        if (publicUrl == null) {
            publicUrl = URI.create("http://localhost:8080");
        }
    }

    String feed(String token) {
        return base() + FEED_PATH + token + ".ics";
    }

    String customer(long customerId) {
        return base() + "/customers/" + customerId;
    }

    private String base() {
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
