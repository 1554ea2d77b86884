package com.cartera.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.mention.MentionCandidate;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the current workspace, for other modules (owner pickers, assignees). */
@Service
@Transactional(readOnly = true)
@PermitAll
public class TeamDirectory {

    private final TeamMemberRepository members;

    TeamDirectory(TeamMemberRepository members) {
        this.members = members;
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
}
