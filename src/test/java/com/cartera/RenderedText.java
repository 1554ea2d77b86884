package com.cartera;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.dom.Element;

/**
 * What a component tree sends to the browser as text: text nodes, attribute and property values, and the values
 * of fields. Used to check that one workspace's data never reaches another's screen and that markup typed by a
 * user is sent as text, never as HTML.
 */
public final class RenderedText {

    private RenderedText() {
    }

    /** Every text, attribute, property and field value under {@code roots}. */
    public static List<String> of(Component... roots) {
        List<String> texts = new ArrayList<>();
        for (Component root : roots) {
            collect(root.getElement(), texts);
        }
        return texts;
    }

    /** The elements under {@code roots} that would hand HTML to the browser: an {@code innerHTML} property. */
    public static List<Element> htmlCarriers(Component... roots) {
        List<Element> carriers = new ArrayList<>();
        for (Component root : roots) {
            collectHtmlCarriers(root.getElement(), carriers);
        }
        return carriers;
    }

    /** The elements under {@code roots} with the given tag name ({@code img}, {@code script}). */
    public static List<Element> elementsNamed(String tag, Component... roots) {
        List<Element> found = new ArrayList<>();
        for (Component root : roots) {
            collectNamed(root.getElement(), tag, found);
        }
        return found;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getComponent().filter(HasValue.class::isInstance)
                .map(component -> String.valueOf(((HasValue<?, ?>) component).getValue()))
                .ifPresent(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void collectHtmlCarriers(Element element, List<Element> carriers) {
        if (element.isTextNode()) {
            return;
        }
        if (element.hasProperty("innerHTML")) {
            carriers.add(element);
        }
        element.getChildren().forEach(child -> collectHtmlCarriers(child, carriers));
    }

    private static void collectNamed(Element element, String tag, List<Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (tag.equalsIgnoreCase(element.getTag())) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collectNamed(child, tag, found));
    }
}
