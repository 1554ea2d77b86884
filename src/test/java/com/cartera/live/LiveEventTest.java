package com.cartera.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The notification payload: ids only, read back exactly, and anything else ignored. */
class LiveEventTest {

    @Test
    void aPayloadIsReadBackAsTheSameEvent() {
        var event = new LiveEvent(UUID.randomUUID(), LiveEvent.Kind.FOLLOW_UP_CHANGED, 42, 3, UUID.randomUUID(), null);

        assertThat(event.payload()).doesNotContain("null");
        assertThat(LiveEvent.parse(event.payload())).contains(event);
    }

    @Test
    void otherNotificationsAreIgnored() {
        assertThat(LiveEvent.parse(null)).isEmpty();
        assertThat(LiveEvent.parse("hello")).isEmpty();
        assertThat(LiveEvent.parse("v1|not-a-uuid|CUSTOMER_EDITED|1|1|-|-")).isEmpty();
        assertThat(LiveEvent.parse("v1|" + UUID.randomUUID() + "|DELETED_EVERYTHING|1|1|-|-")).isEmpty();
        assertThat(LiveEvent.parse("v2|" + UUID.randomUUID() + "|CUSTOMER_EDITED|1|1|-|-")).isEmpty();
    }
}
