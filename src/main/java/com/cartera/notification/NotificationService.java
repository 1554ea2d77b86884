package com.cartera.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications and delivery preferences, in the workspace they work in. Everyone
 * with a role there may call it; nobody reaches another person's notifications or another workspace's.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class NotificationService {

    /** The bell lists this many at most. */
    public static final int LATEST_LIMIT = 30;

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The newest first, at most {@code limit} (and never more than {@link #LATEST_LIMIT}). */
    public List<Notification> latest(int limit) {
        return store.latest(me(), Math.clamp(limit, 1, LATEST_LIMIT));
    }

    public long unreadCount() {
        return store.unreadCount(me());
    }

    /** Marks one of one's own notifications read; another's, or an unknown id, changes nothing. */
    @Transactional
    public boolean markRead(long id) {
        return store.markRead(me(), id, clock.instant());
    }

    @Transactional
    public int markAllRead() {
        return store.markAllRead(me(), clock.instant());
    }

    /** How each kind arrives for the signed-in person: their choice or the kind's default. */
    public Map<NotificationKind, Delivery> preferences() {
        Map<NotificationKind, Delivery> chosen = store.preferences(me());
        Map<NotificationKind, Delivery> resolved = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            resolved.put(kind, kind.resolve(chosen.get(kind)));
        }
        return resolved;
    }

    /** @throws FieldRejectedException naming the field when the kind does not offer that delivery */
    @Transactional
    public void choose(NotificationKind kind, Delivery delivery) {
        if (kind == null || delivery == null || !kind.choices().contains(delivery)) {
            throw new FieldRejectedException("delivery", "notification.preference.not-offered");
        }
        store.setPreference(me(), kind, delivery);
    }

    private UUID me() {
        return currentUser.require().userId();
    }
}
