package com.cartera.tenancy;

import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The workspace each browser tab (Vaadin UI) works in, fixed for the tab's whole life: the signed-in
 * workspace when the tab first works with workspace data. Switching workspace in one tab changes the session
 * for every tab, so a tab opened earlier would otherwise send its ids and versions to the other workspace.
 */
final class TabWorkspace {

    private TabWorkspace() {
    }

    /**
     * The workspace for work done now: the session's, checked against the current tab's.
     *
     * @param signedIn the signed-in principal's workspace
     * @throws WorkspaceChangedException when the current tab belongs to another workspace than the session
     */
    static Optional<TenantRef> check(Optional<TenantRef> signedIn) {
        UI tab = UI.getCurrent();
        if (tab == null) {
            return signedIn;
        }
        TenantRef bound = ComponentUtil.getData(tab, TenantRef.class);
        if (bound == null) {
            signedIn.ifPresent(tenant -> ComponentUtil.setData(tab, TenantRef.class, tenant));
            return signedIn;
        }
        if (!signedIn.map(bound::equals).orElse(false)) {
            throw new WorkspaceChangedException(bound, signedIn.orElse(null));
        }
        return signedIn;
    }
}
