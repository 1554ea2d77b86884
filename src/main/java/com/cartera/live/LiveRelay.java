package com.cartera.live;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends a live event once the change it describes is committed; a rolled-back change sends nothing. */
@Component
class LiveRelay {

    private final LiveChannel channel;

    LiveRelay(LiveChannel channel) {
        this.channel = channel;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(LiveEvent event) {
        channel.send(event);
    }
}
