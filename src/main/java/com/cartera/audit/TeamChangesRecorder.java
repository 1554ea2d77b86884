package com.cartera.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.cartera.security.TeamChanged;
import com.cartera.tenancy.TenantRef;
import com.cartera.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes of a workspace's team and invitations (kept in the control schema) in that workspace's audit
 * trail, in the transaction that makes them.
 */
@Component
class TeamChangesRecorder {

    private final AuditLog auditLog;

    TeamChangesRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(TeamChanged change) {
        TenantRef scope = TenantScope.require();
        if (!scope.id().equals(change.tenantId())) {
            throw new IllegalStateException("A change of another workspace's team cannot be recorded in "
                    + scope.slug());
        }
        auditLog.record(AuditEntry.of(change.kind().name())
                .entity(change.kind().aboutInvitation() ? "INVITATION" : "MEMBERSHIP", change.subjectId())
                .summary(change.email())
                .changes(changes(change.before(), change.after())));
    }

    private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        var fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new FieldChange(field, before.get(field), after.get(field)));
        }
        return changes;
    }
}
