package com.cartera.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's settings: everyone reads them (currency, tiers); management and admin change them, except the
 * retention periods, which decide when personal data is erased: those only admin.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceSettingsService {

    private final WorkspaceSettingsRepository settings;
    private final SegmentRecalculation recalculation;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    WorkspaceSettingsService(WorkspaceSettingsRepository settings, SegmentRecalculation recalculation,
                             CurrentUser currentUser, Validator validator, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.recalculation = recalculation;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @PermitAll
    public WorkspaceSettings current() {
        return settings.current();
    }

    /**
     * Stores edited settings. When a tier threshold changed, every customer's computed tier is recomputed in
     * the same transaction, so nobody ever sees tiers from old thresholds next to the new ones.
     *
     * @throws ConstraintViolationException naming the fields with wrong values (thresholds must fall)
     * @throws ObjectOptimisticLockingFailureException when someone else changed the settings meanwhile
     * @throws AccessDeniedException when someone other than an admin changes a retention period
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public WorkspaceSettings update(WorkspaceSettings edited) {
        var violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceSettings stored = settings.current();
        if (stored.getVersion() != edited.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(WorkspaceSettings.class, edited.getVersion());
        }
        boolean retentionChanged = !Objects.equals(stored.getBinRetentionDays(), edited.getBinRetentionDays())
                || !Objects.equals(stored.getImportProblemRetentionDays(), edited.getImportProblemRetentionDays());
        if (retentionChanged && !currentUser.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin changes the retention periods");
        }
        boolean thresholdsChanged = !sameAmount(stored.getTierStrategicMin(), edited.getTierStrategicMin())
                || !sameAmount(stored.getTierKeyMin(), edited.getTierKeyMin())
                || !sameAmount(stored.getTierEmergingMin(), edited.getTierEmergingMin());
        edited.stampChangedBy(currentUser.require().userId(), clock.instant());
        WorkspaceSettings saved = settings.saveAndFlush(edited);
        if (thresholdsChanged) {
            recalculation.recalculateTiers();
        }
        return saved;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
