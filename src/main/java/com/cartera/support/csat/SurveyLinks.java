package com.cartera.support.csat;

/** The public survey page's address: {@value #PREFIX} followed by the token. */
public final class SurveyLinks {

    public static final String PREFIX = "/survey/";

    private SurveyLinks() {
    }

    static String path(String token) {
        return PREFIX + token;
    }
}
