package com.cartera.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/** The languages Cartera speaks, Spanish first, and the one chosen in this browser session. */
public final class UiLocale {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

    private static final String SESSION_KEY = UiLocale.class.getName();

    private UiLocale() {
    }

    /** The supported language closest to {@code locale}; Spanish when none fits. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return SPANISH;
    }

    public static Optional<Locale> chosen(VaadinSession session) {
        return Optional.ofNullable((Locale) session.getAttribute(SESSION_KEY));
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, supported(locale));
    }
}
