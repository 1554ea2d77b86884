package com.cartera.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Published inside the transaction that changes who works in a workspace or with which roles, so that the
 * change is recorded in that workspace's audit trail with it. Never carries secrets (no token, no password).
 *
 * @param tenantId  the workspace whose team changed
 * @param kind      what happened
 * @param subjectId the membership or invitation changed
 * @param email     the person's e-mail address
 * @param before    the values before (empty for something new), by field
 * @param after     the values after, by field
 */
public record TeamChanged(UUID tenantId, Kind kind, UUID subjectId, String email, Map<String, String> before,
                          Map<String, String> after) {

    public enum Kind {
        ROLES_CHANGED, MEMBER_ACTIVATED, MEMBER_DEACTIVATED,
        INVITATION_SENT, INVITATION_REVOKED, INVITATION_ACCEPTED;

        /** Whether the subject is an invitation rather than a membership. */
        public boolean aboutInvitation() {
            return name().startsWith("INVITATION");
        }
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
