package com.cartera.tenancy;

/**
 * Refuses work asked for by a browser tab whose workspace is no longer the session's: the person switched
 * workspace in another tab (or signed in as someone else), and this tab still shows the first workspace.
 * Working on would read or write the other workspace's rows with this tab's ids.
 */
public class WorkspaceChangedException extends RuntimeException {

    WorkspaceChangedException(TenantRef tab, TenantRef session) {
        super("This tab works in workspace " + tab.slug() + ", the session now in "
                + (session == null ? "none" : session.slug()));
    }
}
