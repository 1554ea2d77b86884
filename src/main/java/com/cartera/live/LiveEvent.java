package com.cartera.live;

import java.util.Optional;
import java.util.UUID;

/**
 * A change colleagues' open pages should show: which workspace, what kind of record, which one, its version
 * after the change, who made it and whose it is. Ids only, never names or other personal data, as it travels
 * through PostgreSQL's notifications to every instance of Cartera.
 *
 * @param tenantId  the workspace the change happened in; only its pages receive the event
 * @param kind      what changed
 * @param subjectId the opportunity, follow-up or customer
 * @param version   its version after the change (0 when it has none)
 * @param actorId   who made the change (null: nobody signed in)
 * @param ownerId   whose record it is: the follow-up's assignee, the deal's owner (null: nobody's)
 */
public record LiveEvent(UUID tenantId, Kind kind, long subjectId, long version, UUID actorId, UUID ownerId) {

    /** What changed. */
    public enum Kind {
        OPPORTUNITY_MOVED,
        OPPORTUNITY_CHANGED,
        FOLLOW_UP_CHANGED,
        CUSTOMER_EDITED
    }

    private static final String FORMAT = "v1";
    private static final String NONE = "-";

    public LiveEvent {
        if (tenantId == null || kind == null) {
            throw new IllegalArgumentException("A live event names its workspace and kind");
        }
    }

    /** The notification's payload: {@code v1|tenant|kind|subject|version|actor|owner}. */
    String payload() {
        return String.join("|", FORMAT, tenantId.toString(), kind.name(), Long.toString(subjectId),
                Long.toString(version), actorId == null ? NONE : actorId.toString(),
                ownerId == null ? NONE : ownerId.toString());
    }

    /** The event a payload describes; empty for anything else (another format, a stray notification). */
    static Optional<LiveEvent> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 7 || !FORMAT.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LiveEvent(UUID.fromString(parts[1]), Kind.valueOf(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4]), uuidOrNull(parts[5]), uuidOrNull(parts[6])));
        } catch (IllegalArgumentException notAnEvent) {
            return Optional.empty();
        }
    }

    private static UUID uuidOrNull(String text) {
        return NONE.equals(text) ? null : UUID.fromString(text);
    }
}
