package com.cartera.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** Switches the UI language for this browser session and reloads the page in it. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        this(locale -> {
        });
    }

    /** @param onChosen also told of the new language, for example to remember it for the user */
    public LanguageSelect(Consumer<Locale> onChosen) {
        addClassName("language-select");
        setItems(UiLocale.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setAriaLabel(getTranslation("language.label"));
        setValue(UiLocale.supported(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            UiLocale.choose(VaadinSession.getCurrent(), event.getValue());
            onChosen.accept(event.getValue());
            UI.getCurrent().getPage().reload();
        });
    }
}
