package com.cartera.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: Lumo, Cartera's own styles (from the top-level frontend folder). Server push
 * carries colleagues' changes (live): a WebSocket down to the browser, plain requests up, and HTTP long-polling
 * where a proxy or browser allows no WebSocket.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/cartera.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cartera");
        settings.addFavIcon("icon", "images/cartera.svg", "any");
    }
}
