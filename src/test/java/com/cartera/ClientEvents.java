package com.cartera;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.communication.rpc.EventRpcHandler;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as a browser sends them, handed to Vaadin's own RPC handler: what a replayed or forged request reaches
 * on the server, past any check Karibu's helpers make first.
 */
public final class ClientEvents {

    private ClientEvents() {
    }

    /**
     * A click on {@code component}, as the browser would report it in a UIDL message, sent after the browser was
     * given the page as it is now (Vaadin works out which components are invisible or disabled when it writes a
     * response).
     */
    public static void replayClick(Component component) {
        MockVaadin.clientRoundtrip(false);
        // What writing the response does (Karibu writes none): the changes go out and the nodes' states follow.
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
        ObjectNode invocation = JacksonUtils.createObjectNode();
        invocation.put("type", "event");
        invocation.put("node", component.getElement().getNode().getId());
        invocation.put("event", "click");
        ObjectNode data = invocation.putObject("data");
        for (String coordinate : new String[] {"event.screenX", "event.screenY", "event.clientX", "event.clientY",
                "event.detail", "event.button"}) {
            data.put(coordinate, 0);
        }
        for (String key : new String[] {"event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey"}) {
            data.put(key, false);
        }
        new EventRpcHandler().handle(UI.getCurrent(), invocation).ifPresent(Runnable::run);
    }
}
