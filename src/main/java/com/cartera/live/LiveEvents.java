package com.cartera.live;

import java.util.UUID;

import com.cartera.live.LiveEvent.Kind;
import com.cartera.security.CurrentUser;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a module's service says that something colleagues may have open changed. Called inside the change's
 * transaction: the event leaves only once it commits ({@link LiveRelay}), and names the workspace in scope.
 */
@Component
public class LiveEvents {

    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;

    LiveEvents(ApplicationEventPublisher publisher, CurrentUser currentUser) {
        this.publisher = publisher;
        this.currentUser = currentUser;
    }

    /**
     * @param subjectId the changed record's id
     * @param version   its version after the change
     * @param ownerId   whose record it is (null: nobody's)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Kind kind, long subjectId, long version, UUID ownerId) {
        UUID actorId = currentUser.get().map(SignedInUser::userId).orElse(null);
        publisher.publishEvent(new LiveEvent(TenantScope.require().id(), kind, subjectId, version, actorId, ownerId));
    }
}
