package com.cartera.calendar;

import java.util.Optional;
import java.util.function.Supplier;

import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.WorkspaceAuthentication;
import com.cartera.tenancy.TenantScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/<token>.ics}: the agenda of whoever owns the secret address, for calendar applications,
 * which sign in nowhere. The token alone names workspace and person; the request's own session (if any) plays no
 * part. An unknown or revoked address, or one whose owner may no longer work in the workspace, answers 404.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final FeedTokens tokens;
    private final SignInService signIn;
    private final AgendaFeed agendaFeed;

    CalendarFeedController(FeedTokens tokens, SignInService signIn, AgendaFeed agendaFeed) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.agendaFeed = agendaFeed;
    }

    @GetMapping(CalendarLinks.FEED_PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        Optional<FeedTokens.Owner> feed = tokens.find(token);
        Optional<SignedInUser> owner = feed.flatMap(found -> signIn.signedIn(found.userId())
                .flatMap(user -> signIn.enter(user, found.tenantId())));
        if (owner.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        SignedInUser user = owner.get();
        String body = as(user, () -> TenantScope.call(user.tenant().orElseThrow(),
                () -> agendaFeed.render(user, feed.get().includeBirthdays())));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"cartera.ics\"")
                .body(body);
    }

    /** Runs {@code work} with the feed's owner signed in, so that their roles and rights apply, then restores. */
    private static <T> T as(SignedInUser user, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        SecurityContext owner = holder.createEmptyContext();
        owner.setAuthentication(new WorkspaceAuthentication(user));
        holder.setContext(owner);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }
}
