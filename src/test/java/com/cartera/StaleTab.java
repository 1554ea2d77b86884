package com.cartera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cartera.tenancy.WorkspaceChangedException;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Checks for Karibu tests of a browser tab whose workspace the session has left. */
public final class StaleTab {

    private StaleTab() {
    }

    /**
     * The action fails because the tab's workspace is not the session's; the failure then reaches the session's
     * error handler, as it would in a running application.
     */
    public static void assertRefused(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("the stale tab's action must be refused").isNotNull();
        boolean causedByTheSwitch = false;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            causedByTheSwitch |= t instanceof WorkspaceChangedException;
        }
        assertThat(causedByTheSwitch).as("refused because the workspace changed: %s", thrown).isTrue();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
    }

    /** Whether the tab shows the dialog that asks for a reload. */
    public static boolean reloadDialogShown() {
        return LocatorJ._find(Dialog.class, spec -> spec.withId("workspace-changed")).stream().anyMatch(Dialog::isOpened);
    }
}
