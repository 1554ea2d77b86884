package com.cartera.shell;

import com.cartera.base.ui.UiLocale;
import com.cartera.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Each new UI speaks the language chosen in this browser session, else the signed-in user's saved
 * language, else Spanish.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var session = VaadinSession.getCurrent();
            var locale = UiLocale.chosen(session)
                    .or(() -> currentUser.get().map(user -> UiLocale.supported(user.locale())))
                    .orElse(UiLocale.SPANISH);
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }
}
