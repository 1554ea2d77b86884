package com.cartera.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cartera.customer.AlertColour;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;

/**
 * The follow-up traffic light of one customer. In order of precedence:
 * <ol>
 *   <li>RED: an open follow-up is overdue, or an open support ticket of the customer is at risk of missing or has
 *       missed its service level, or the customer's tier has a contact cadence and the last contact (or, never
 *       contacted, the customer's creation) is more days ago than the cadence;</li>
 *   <li>YELLOW: the next open follow-up is due within the tier's yellow days (0: today);</li>
 *   <li>GREEN: the last interaction was ours and got no answer (awaiting reply or no answer), so we wait for
 *       the customer;</li>
 *   <li>none otherwise.</li>
 * </ol>
 * Lost customers have no cadence. Days are calendar days in the workspace's zone. The reason is written in
 * the workspace's language (Spanish), as it is stored with the customer.
 */
public final class AlertRules {

    /** A tier's rule: contact at least every {@code cadenceDays} (null: no cadence); yellow that many days ahead. */
    public record Rule(Integer cadenceDays, int yellowDays) {
    }

    /** An open follow-up: what and when. */
    public record Due(FollowUpKind kind, Instant dueAt) {
    }

    /** The latest interaction with the customer. */
    public record Contact(Instant at, InteractionDirection direction, InteractionOutcome outcome) {
    }

    /**
     * What the rules read of one customer.
     *
     * @param earliestOpen the open follow-up due first, or null
     * @param lastContact  the latest interaction, or null
     * @param waitingSince when the run of our unanswered interactions that ends with the latest one started
     * @param ticketAtRisk the reason naming an open ticket at risk of breaching its service level, or null
     */
    public record Facts(ValueTier tier, LifecycleStage stage, Instant customerSince, Due earliestOpen,
                        Contact lastContact, Instant waitingSince, String ticketAtRisk) {

        public Facts(ValueTier tier, LifecycleStage stage, Instant customerSince, Due earliestOpen, Contact lastContact,
                     Instant waitingSince) {
            this(tier, stage, customerSince, earliestOpen, lastContact, waitingSince, null);
        }
    }

    public record Alert(AlertColour colour, String reason) {
    }

    private static final Set<InteractionOutcome> UNANSWERED = EnumSet.of(InteractionOutcome.AWAITING_REPLY,
            InteractionOutcome.NO_ANSWER);
    private static final Map<ValueTier, String> TIER_NAMES = Map.of(ValueTier.STRATEGIC, "Estratégico",
            ValueTier.KEY, "Clave", ValueTier.EMERGING, "Emergente", ValueTier.LOW, "De bajo valor");

    private AlertRules() {
    }

    public static Optional<Alert> evaluate(Facts facts, Rule rule, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Due open = facts.earliestOpen();
        if (open != null && open.dueAt().isBefore(now)) {
            return Optional.of(new Alert(AlertColour.RED, "Seguimiento vencido: %s del %s"
                    .formatted(open.kind().spanishName(), day(open.dueAt(), today, zone))));
        }
        if (facts.ticketAtRisk() != null) {
            return Optional.of(new Alert(AlertColour.RED, facts.ticketAtRisk()));
        }
        if (rule != null && rule.cadenceDays() != null && facts.stage() != LifecycleStage.LOST) {
            Instant reference = facts.lastContact() == null ? facts.customerSince() : facts.lastContact().at();
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(reference, zone), today);
            if (days > rule.cadenceDays()) {
                return Optional.of(new Alert(AlertColour.RED, "%s sin contacto desde hace %d días (cada %d)"
                        .formatted(TIER_NAMES.get(facts.tier()), days, rule.cadenceDays())));
            }
        }
        if (open != null) {
            long days = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(open.dueAt(), zone));
            if (days <= (rule == null ? 0 : rule.yellowDays())) {
                String when = days == 0 ? "hoy" : days == 1 ? "mañana" : "en " + days + " días";
                return Optional.of(new Alert(AlertColour.YELLOW, "Recordatorio %s: %s"
                        .formatted(when, open.kind().spanishName())));
            }
        }
        Contact last = facts.lastContact();
        if (last != null && last.direction() == InteractionDirection.OUTBOUND && UNANSWERED.contains(last.outcome())) {
            Instant since = facts.waitingSince() == null ? last.at() : facts.waitingSince();
            return Optional.of(new Alert(AlertColour.GREEN, "Esperando respuesta desde el " + day(since, today, zone)));
        }
        return Optional.empty();
    }

    /** dd/MM, with the year when it is not this year's. */
    private static String day(Instant at, LocalDate today, ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        return date.format(DateTimeFormatter.ofPattern(date.getYear() == today.getYear() ? "dd/MM" : "dd/MM/yyyy"));
    }
}
