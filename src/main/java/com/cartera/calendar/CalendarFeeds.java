package com.cartera.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's private calendar feed in their workspace: make its secret address (shown once), choose
 * whether it shows their customers' birthdays, revoke it. Each person manages only their own feed.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CalendarFeeds {

    /** The person's feed: since when its address works, and whether birthdays are in it. */
    public record Feed(Instant createdAt, boolean includeBirthdays) {
    }

    private final FeedTokens tokens;
    private final CurrentUser currentUser;
    private final CalendarLinks links;
    private final Clock clock;

    CalendarFeeds(FeedTokens tokens, CurrentUser currentUser, CalendarLinks links, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.links = links;
        this.clock = clock;
    }

    public Optional<Feed> mine() {
        return tokens.of(TenantScope.require().id(), currentUser.require().userId());
    }

    /**
     * A new secret address of the person's feed, to be copied now: only its hash is kept. An address made before
     * stops working.
     */
    public String create(boolean includeBirthdays) {
        SignedInUser user = currentUser.require();
        String token = tokens.issue(TenantScope.require().id(), user.userId(), includeBirthdays, clock.instant());
        return links.feed(token);
    }

    public void includeBirthdays(boolean include) {
        tokens.includeBirthdays(TenantScope.require().id(), currentUser.require().userId(), include);
    }

    /** The address stops working: calendars asking for it get 404. */
    public void revoke() {
        tokens.revoke(TenantScope.require().id(), currentUser.require().userId());
    }
}
