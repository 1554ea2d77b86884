package com.cartera.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.base.mention.MentionCandidate;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the current workspace, for other modules (owner pickers, assignees). */
@Service
@Transactional(readOnly = true)
@PermitAll
public class TeamDirectory {

    private final TeamMemberRepository members;
    private final MembershipRepository memberships;

    TeamDirectory(TeamMemberRepository members, MembershipRepository memberships) {
        this.members = members;
        this.memberships = memberships;
    }

    public List<TeamMember> activeMembers() {
        return members.findByActiveTrueOrderByDisplayName();
    }

    /** Everyone who is or was a member, also those kept out now: their past actions stay on record. */
    public List<TeamMember> allMembers() {
        return members.findAllByOrderByDisplayName();
    }

    /** Everyone of this workspace as note mentions see them: only they can be offered or shown by name. */
    public List<MentionCandidate> mentionCandidates() {
        return allMembers().stream()
                .map(member -> new MentionCandidate(member.getUserId(), member.getDisplayName(), member.isActive()))
                .toList();
    }

    public Optional<TeamMember> find(UUID userId) {
        return members.findById(userId);
    }

    /** The active members of the workspace in scope holding any of {@code roles}: those a notice for a role reaches. */
    public List<UUID> activeMemberIdsWith(Set<Role> roles) {
        return memberships.findByTenantIdOrderByUserDisplayName(TenantScope.require().id()).stream()
                .filter(membership -> membership.isActive() && membership.getRoles().stream().anyMatch(roles::contains))
                .map(membership -> membership.getUser().getId())
                .toList();
    }
}
