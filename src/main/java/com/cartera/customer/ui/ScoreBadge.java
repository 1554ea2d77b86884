package com.cartera.customer.ui;

import com.vaadin.flow.component.html.Span;

/** How likely two customers are the same one, as a coloured badge: red from 80, yellow from 60. */
final class ScoreBadge {

    private ScoreBadge() {
    }

    static Span of(int score) {
        var badge = new Span(score + " %");
        badge.getElement().getThemeList().add("badge pill");
        badge.getElement().getThemeList().add(score >= 80 ? "error" : score >= 60 ? "warning" : "contrast");
        badge.addClassName("duplicate-score");
        return badge;
    }
}
