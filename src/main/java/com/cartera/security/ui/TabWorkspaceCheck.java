package com.cartera.security.ui;

import com.cartera.base.ui.WorkspaceChangedDialog;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.WorkspaceChangedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Stops navigation in a browser tab whose workspace the session has left (switched in another tab) before
 * any view of the next route is built, and tells the person to reload the tab. Such a tab always shows a
 * view already, so leaving it is where navigation can be held. Actions in such a tab are
 * refused where the workspace is resolved ({@link TenantScope}); this keeps navigation from failing halfway.
 */
@Component
class TabWorkspaceCheck implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeLeaveListener(leave -> {
            try {
                TenantScope.current();
            } catch (WorkspaceChangedException stale) {
                leave.postpone();
                WorkspaceChangedDialog.open(leave.getUI());
            }
        }));
    }
}
