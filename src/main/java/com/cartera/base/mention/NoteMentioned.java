package com.cartera.base.mention;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the saving transaction when a note names members it did not name before; the notification
 * module tells each of them (the author excepted).
 *
 * @param tenant      the workspace
 * @param subjectType what holds the note: CUSTOMER, INTERACTION, OPPORTUNITY
 * @param subjectId   its id
 * @param subjectName what the notice calls it (the customer's name, the opportunity's title)
 * @param linkPath    where the notice leads, a route path without the leading slash
 * @param mentioned   the members newly mentioned
 * @param authorId    who wrote the note
 */
public record NoteMentioned(TenantRef tenant, String subjectType, long subjectId, String subjectName, String linkPath,
                            Set<UUID> mentioned, UUID authorId) {

    public NoteMentioned {
        mentioned = Set.copyOf(mentioned);
    }

    /** The event for a note changed from {@code before} to {@code after}, when it mentions someone new. */
    public static Optional<NoteMentioned> between(TenantRef tenant, String subjectType, long subjectId,
                                                  String subjectName, String linkPath, String before, String after,
                                                  UUID authorId) {
        Set<UUID> added = Mentions.added(before, after);
        return added.isEmpty() ? Optional.empty()
                : Optional.of(new NoteMentioned(tenant, subjectType, subjectId, subjectName, linkPath, added, authorId));
    }
}
