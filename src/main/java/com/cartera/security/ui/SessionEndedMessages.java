package com.cartera.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (idle too long, or closed by a sign-in elsewhere beyond the account's limit), the
 * browser goes straight to the login page, which says why, instead of Vaadin's own English notice.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?session-ended");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
