package com.cartera.sales;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales targets per agent and month: management and admin set them; a salesperson reads only their own, and only
 * their own won-against-target figures.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class SalesTargetService {

    /** Won opportunities of a stretch of time: how many and their amount. */
    record Won(long wonCount, BigDecimal won) {
    }

    /** The largest amount a numeric(14, 2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final SalesTargetRepository targets;
    private final TenantSql sql;
    private final SalesLookups lookups;
    private final TeamDirectory team;
    private final WorkspaceCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    SalesTargetService(SalesTargetRepository targets, TenantSql sql, SalesLookups lookups, TeamDirectory team,
                       WorkspaceCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.targets = targets;
        this.sql = sql;
        this.lookups = lookups;
        this.team = team;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in person may set targets. */
    public boolean canEdit() {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
    }

    /** The targets of {@code year}: every agent's for management and admin, a salesperson's own otherwise. */
    public List<SalesTarget> targets(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        if (canEdit()) {
            return targets.findByMonthGreaterThanEqualAndMonthLessThan(from, to);
        }
        return targets.findByMemberIdAndMonthGreaterThanEqualAndMonthLessThan(currentUser.require().userId(), from,
                to);
    }

    /**
     * Sets, changes or (amount null) removes an agent's target for a month.
     *
     * @param expectedVersion the version read, or null when there was no target
     * @return the target now, empty once removed
     * @throws FieldRejectedException                  {@code amount} negative, above the limit or with more than
     *                                                 two decimals; {@code member} not an active member
     * @throws ObjectOptimisticLockingFailureException when someone else set, changed or removed it meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public Optional<SalesTarget> set(UUID memberId, YearMonth month, BigDecimal amount, Long expectedVersion) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
            throw new FieldRejectedException("amount", "sales-target.amount.range");
        }
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw new FieldRejectedException("amount", "sales-target.amount.cents");
        }
        if (team.find(memberId).filter(TeamMember::isActive).isEmpty()) {
            throw new FieldRejectedException("member", "sales-target.member.unknown");
        }
        Optional<SalesTarget> stored = targets.findByMemberIdAndMonth(memberId, month.atDay(1));
        Long storedVersion = stored.map(SalesTarget::getVersion).orElse(null);
        if (!Objects.equals(storedVersion, expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(SalesTarget.class, memberId + "/" + month);
        }
        if (amount == null) {
            stored.ifPresent(targets::delete);
            targets.flush();
            return Optional.empty();
        }
        SalesTarget target = stored.orElseGet(() -> new SalesTarget(memberId, month));
        target.change(amount, lookups.workspaceCurrency(), clock.instant(), currentUser.require().userId());
        try {
            return Optional.of(targets.saveAndFlush(target));
        } catch (DataIntegrityViolationException raced) {
            // Someone else set the same month's first target at the same moment.
            throw new ObjectOptimisticLockingFailureException(SalesTarget.class, memberId + "/" + month);
        }
    }

    /**
     * Won business from {@code from} up to, not including, {@code to} (days in the workspace's zone) against the
     * targets of the months those days touch, in the workspace currency.
     *
     * @param owner one agent, or null for the team; a salesperson always gets their own
     */
    public WonVsTarget wonVsTarget(LocalDate from, LocalDate to, UUID owner) {
        UUID scope = ownerScope(owner);
        String currency = lookups.workspaceCurrency();
        ZoneId zone = calendar.zone();
        Won won = sql.client().sql("""
                        select count(*) as won_count, coalesce(sum(amount), 0) as won
                        from opportunity
                        where status = 'WON' and currency = :currency and closed_at >= :from and closed_at < :to
                          and (cast(:owner as uuid) is null or owner_id = cast(:owner as uuid))""")
                .param("currency", currency)
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .param("owner", scope)
                .query(Won.class)
                .single();
        BigDecimal target = sql.client().sql("""
                        select coalesce(sum(amount), 0) from sales_target
                        where currency = :currency and month >= :first and month <= :last
                          and (cast(:owner as uuid) is null or member_id = cast(:owner as uuid))""")
                .param("currency", currency)
                .param("first", from.withDayOfMonth(1))
                .param("last", to.minusDays(1).withDayOfMonth(1))
                .param("owner", scope)
                .query(BigDecimal.class)
                .single();
        return new WonVsTarget(won.wonCount(), won.won(), target, currency);
    }

    private UUID ownerScope(UUID owner) {
        SignedInUser user = currentUser.require();
        if (canEdit()) {
            return owner;
        }
        if (owner == null || owner.equals(user.userId())) {
            return user.userId();
        }
        throw new AccessDeniedException("Only management sees another agent's targets");
    }
}
