package com.cartera.customer.ui;

import java.util.List;

import com.cartera.customer.Tag;
import com.vaadin.flow.component.html.Span;

/**
 * Tag colours: the palette offered when a tag is made (dark enough for white text, plus two light ones for
 * dark text), and chips whose text colour is whichever of black or white contrasts more with the tag's.
 */
final class TagColours {

    static final List<String> PALETTE = List.of("#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e", "#1d4ed8",
            "#6d28d9", "#be185d", "#475569", "#1f2937", "#fde68a", "#bbf7d0");

    private TagColours() {
    }

    /** {@code #000000} or {@code #ffffff}, whichever has the higher WCAG contrast ratio on {@code background}. */
    static String textOn(String background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    /** The WCAG relative luminance of a {@code #rrggbb} colour. */
    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static Span chip(Tag tag) {
        return chip(tag.getName(), tag.getColour());
    }

    static Span chip(String name, String colour) {
        var chip = new Span(name);
        chip.addClassName("tag-chip");
        chip.getStyle().setBackgroundColor(colour).setColor(textOn(colour));
        return chip;
    }
}
