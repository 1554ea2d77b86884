package com.cartera.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.cartera.tenancy.TenantScope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open pages of this instance that follow live events, by workspace. A page registers while it is attached,
 * under the workspace of the signed-in principal (never a request header); an event goes only to pages of its
 * own workspace, each through {@code UI.access}, and push brings the change to the browser.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<UUID, Set<Follower>> byWorkspace = new ConcurrentHashMap<>();

    /**
     * Hands every live event of the signed-in workspace to {@code listener} while {@code view} is attached, inside
     * {@code UI.access} (the session is locked; changes are pushed afterwards).
     */
    public Registration follow(Component view, Consumer<LiveEvent> listener) {
        AtomicReference<Registration> following = new AtomicReference<>();
        Registration attach = view.addAttachListener(attached -> replace(following, subscribe(attached.getUI(), listener)));
        Registration detach = view.addDetachListener(detached -> replace(following, null));
        view.getUI().ifPresent(ui -> replace(following, subscribe(ui, listener)));
        return () -> {
            attach.remove();
            detach.remove();
            replace(following, null);
        };
    }

    private static void replace(AtomicReference<Registration> following, Registration next) {
        Registration previous = following.getAndSet(next);
        if (previous != null) {
            previous.remove();
        }
    }

    private Registration subscribe(UI ui, Consumer<LiveEvent> listener) {
        UUID workspace = TenantScope.require().id();
        var follower = new Follower(ui, listener, new AtomicInteger());
        byWorkspace.computeIfAbsent(workspace, id -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> byWorkspace.computeIfPresent(workspace, (id, followers) -> {
            followers.remove(follower);
            return followers.isEmpty() ? null : followers;
        });
    }

    /** Hands {@code event} to this instance's pages of its workspace. */
    public void deliver(LiveEvent event) {
        for (Follower follower : byWorkspace.getOrDefault(event.tenantId(), Set.of())) {
            try {
                follower.ui().access(() -> {
                    follower.delivered().incrementAndGet();
                    follower.listener().accept(event);
                });
            } catch (UIDetachedException closed) {
                log.debug("A closed tab missed live event {}", event.kind());
            }
        }
    }

    /** How many open pages of the workspace follow live events here (for monitoring and tests). */
    public int followers(UUID tenantId) {
        return byWorkspace.getOrDefault(tenantId, Set.of()).size();
    }

    /** How many live events the workspace's open pages here have received (for monitoring and tests). */
    public int delivered(UUID tenantId) {
        return byWorkspace.getOrDefault(tenantId, Set.of()).stream().mapToInt(follower -> follower.delivered().get())
                .sum();
    }

    private record Follower(UI ui, Consumer<LiveEvent> listener, AtomicInteger delivered) {
    }
}
