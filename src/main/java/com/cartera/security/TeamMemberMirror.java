package com.cartera.security;

import org.springframework.stereotype.Component;

/**
 * Keeps the workspace's own copy of a member (table team_member in the tenant schema) in step with
 * the membership. Runs in the membership's tenant scope and transaction.
 */
@Component
class TeamMemberMirror {

    private final TeamMemberRepository teamMembers;

    TeamMemberMirror(TeamMemberRepository teamMembers) {
        this.teamMembers = teamMembers;
    }

    void mirror(Membership membership) {
        UserAccount user = membership.getUser();
        TeamMember member = teamMembers.findById(user.getId())
                .orElseGet(() -> new TeamMember(user.getId(), user.getDisplayName(), user.getEmail(), true));
        member.update(user.getDisplayName(), user.getEmail(), membership.isActive());
        teamMembers.save(member);
    }
}
