package com.cartera.marketing;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, corrects and deletes spend entries by hand ({@link SpendChecks} says what an entry must meet). Each entry
 * keeps who booked and who last corrected it and when; a deletion is logged with who made it.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class SpendService {

    private static final Logger log = LoggerFactory.getLogger(SpendService.class);

    private final SpendRepository entries;
    private final SpendChecks checks;
    private final CurrentUser currentUser;
    private final Clock clock;

    SpendService(SpendRepository entries, SpendChecks checks, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.checks = checks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public Optional<SpendEntry> find(long id) {
        return entries.findById(id);
    }

    /** @throws MarketingRefusedException naming the field at fault */
    public SpendEntry record(SpendDraft draft) {
        long sourceId = checks.check(draft, null);
        var entry = new SpendEntry(clock.instant(), currentUser.require().userId(), null);
        entry.apply(draft, sourceId);
        return entries.saveAndFlush(entry);
    }

    /**
     * @throws MarketingRefusedException naming the field at fault
     * @throws ObjectOptimisticLockingFailureException when someone else changed or deleted the entry meanwhile
     */
    public SpendEntry correct(long id, long expectedVersion, SpendDraft draft) {
        SpendEntry entry = current(id, expectedVersion);
        long sourceId = checks.check(draft, entry.getSourceId());
        entry.apply(draft, sourceId);
        entry.corrected(clock.instant(), currentUser.require().userId());
        return entries.saveAndFlush(entry);
    }

    /** @throws ObjectOptimisticLockingFailureException when someone else changed or deleted the entry meanwhile */
    public void delete(long id, long expectedVersion) {
        SpendEntry entry = current(id, expectedVersion);
        UUID by = currentUser.require().userId();
        entries.delete(entry);
        log.info("Spend entry {} deleted by {} at {}", id, by, clock.instant());
    }

    private SpendEntry current(long id, long expectedVersion) {
        return entries.findById(id).filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(SpendEntry.class, id));
    }
}
