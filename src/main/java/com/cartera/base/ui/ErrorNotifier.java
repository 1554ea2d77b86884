package com.cartera.base.ui;

import com.cartera.base.db.QueryTimeouts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.cartera.tenancy.WorkspaceChangedException;

/**
 * What the user sees when something unexpected fails in a view: a clear message, never a stack
 * trace. The details go to the log, under a reference the message repeats. Work that ran past its
 * time limit says so: it was rolled back, and a narrower request may succeed.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (hasCause(error, WorkspaceChangedException.class)) {
            log.info("Refused work of a stale tab: {}", error.getMessage());
            if (ui != null) {
                WorkspaceChangedDialog.open(ui);
            }
            return;
        }
        if (hasCause(error, AccessDeniedException.class)) {
            log.warn("Refused: {}", error.getMessage());
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.forbidden"));
            }
            return;
        }
        if (QueryTimeouts.isTimeout(error)) {
            log.warn("Timed out: {}", NestedExceptionUtils.getMostSpecificCause(error).toString());
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.timeout"));
            }
            return;
        }
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        log.error("Unexpected error {} in the UI", reference, error);
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected", reference));
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
