package com.cartera.marketing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import com.cartera.audit.FieldChange;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's marketing settings: which touch CAC and conversion per source and campaign credit. Anyone in the
 * workspace and jobs read it (figures read it on every call, so a change shows at once); marketing and admins change
 * it.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class MarketingSettings {

    /** The settings as stored, with the version an update must name. */
    public record Current(AttributionModel attribution, long version) {
    }

    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    MarketingSettings(TenantSql sql, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.sql = sql;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The attribution model CAC and conversion per source and campaign use. */
    public AttributionModel attribution() {
        return current().attribution();
    }

    public Current current() {
        return sql.client().sql("select attribution, version from marketing_settings where id = 1")
                .query(Current.class).single();
    }

    /**
     * Saves the attribution model. Nothing per customer changes: figures read the model on each call.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved the settings meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    public Current update(AttributionModel attribution, long expectedVersion) {
        AttributionModel before = attribution();
        int updated = sql.client().sql("""
                        update marketing_settings set attribution = :model, updated_at = :at, updated_by = :by,
                               version = version + 1
                        where id = 1 and version = :version""")
                .param("model", attribution.name()).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", currentUser.require().userId()).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException("marketing_settings", 1);
        }
        auditLog.record(AuditEntry.of("UPDATED").entity("MARKETING_SETTINGS", 1)
                .changes(List.of(new FieldChange("attribution", before.name(), attribution.name()))));
        return current();
    }
}
