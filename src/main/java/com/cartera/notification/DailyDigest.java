package com.cartera.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.activity.DueFollowUps;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.EveryWorkspace;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning mail: for each person, their follow-ups due today or overdue and their unread notifications of the
 * kinds they want in the digest. The job looks at every workspace each hour and serves a workspace at
 * {@code digest-hour} of its own zone; a person with nothing to read gets nothing, one who turned the reminders
 * off gets no follow-ups, and nobody gets two digests of one day however often the job runs.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class DailyDigest implements SchedulingConfigurer {

    /** Follow-ups read per workspace at most; a person's list is cut at {@link #PER_PERSON}. */
    private static final int FOLLOW_UPS_READ = 20_000;
    static final int PER_PERSON = 50;

    /** What one person's digest holds. */
    record PersonDigest(TeamMember member, List<DueFollowUps.Due> followUps, List<Notification> notices) {
    }

    private final NotificationProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final TransactionTemplate transaction;
    private final WorkspaceCalendar calendar;
    private final TeamDirectory team;
    private final DueFollowUps dueFollowUps;
    private final NotificationStore store;
    private final Notifier notifier;
    private final ObjectProvider<WorkspaceMail> mail;
    private final I18NProvider i18n;
    private final Clock clock;

    DailyDigest(NotificationProperties properties, EveryWorkspace everyWorkspace, PlatformTransactionManager transactions,
                WorkspaceCalendar calendar, TeamDirectory team, DueFollowUps dueFollowUps, NotificationStore store,
                Notifier notifier, ObjectProvider<WorkspaceMail> mail, I18NProvider i18n, Clock clock) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.transaction = new TransactionTemplate(transactions);
        this.calendar = calendar;
        this.team = team;
        this.dueFollowUps = dueFollowUps;
        this.store = store;
        this.notifier = notifier;
        this.mail = mail;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::sendInAllWorkspaces, properties.digestCron());
    }

    /** Returns how many workspaces failed. */
    int sendInAllWorkspaces() {
        return everyWorkspace.run("notification digest", () -> {
            ZonedDateTime now = clock.instant().atZone(transaction.execute(status -> calendar.zone()));
            if (now.getHour() != properties.digestHour()) {
                return "not its hour";
            }
            return sendFor(now.toLocalDate()) + " digests sent";
        });
    }

    /**
     * Sends the digests of {@code day} in the workspace in scope, one transaction; returns how many. Without a
     * mail outbox nothing is sent nor marked.
     */
    int sendFor(LocalDate day) {
        WorkspaceMail outbox = mail.getIfAvailable();
        if (outbox == null) {
            return 0;
        }
        Integer sent = transaction.execute(status -> {
            int count = 0;
            Instant now = clock.instant();
            ZoneId zone = calendar.zone();
            for (PersonDigest digest : collect(day)) {
                if (store.claimDigest(digest.member().getUserId(), day, now)) {
                    outbox.enqueue(message(digest, zone));
                    store.markDigested(digest.notices().stream().map(Notification::id).toList(), now);
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    /**
     * What each active member of the workspace in scope would get for {@code day}: people with nothing to read are
     * left out. Needs the caller's tenant transaction.
     */
    List<PersonDigest> collect(LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Map<UUID, List<DueFollowUps.Due>> byAssignee = dueFollowUps.before(endOfDay, FOLLOW_UPS_READ).stream()
                .collect(Collectors.groupingBy(DueFollowUps.Due::assigneeId));
        List<PersonDigest> digests = new ArrayList<>();
        for (TeamMember member : team.activeMembers()) {
            Map<NotificationKind, Delivery> chosen = store.preferences(member.getUserId());
            boolean reminders = NotificationKind.FOLLOW_UP_REMINDER
                    .resolve(chosen.get(NotificationKind.FOLLOW_UP_REMINDER)) == Delivery.DIGEST;
            List<DueFollowUps.Due> followUps = reminders
                    ? byAssignee.getOrDefault(member.getUserId(), List.of()).stream().limit(PER_PERSON).toList()
                    : List.of();
            List<NotificationKind> digestKinds = Arrays.stream(NotificationKind.values())
                    .filter(kind -> kind != NotificationKind.FOLLOW_UP_REMINDER)
                    .filter(kind -> kind.resolve(chosen.get(kind)) == Delivery.DIGEST)
                    .toList();
            List<Notification> notices = store.undigested(member.getUserId(), digestKinds);
            if (!followUps.isEmpty() || !notices.isEmpty()) {
                digests.add(new PersonDigest(member, followUps, notices));
            }
        }
        return digests;
    }

    private MailRequest message(PersonDigest digest, ZoneId zone) {
        Locale locale = notifier.localeOf(digest.member().getUserId());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        List<String> items = new ArrayList<>();
        for (DueFollowUps.Due due : digest.followUps()) {
            items.add(i18n.getTranslation("mail.digest.follow-up", locale,
                    i18n.getTranslation("follow-up.kind." + due.kind().name(), locale), due.customerName(),
                    when.format(due.dueAt())));
        }
        for (Notification notice : digest.notices()) {
            items.add(i18n.getTranslation(notice.textKey(), locale, notice.arguments().toArray()));
        }
        return new MailRequest(digest.member().getEmail(), locale, "digest",
                List.of(digest.member().getDisplayName(), digest.followUps().size(), digest.notices().size()), items,
                "/agenda");
    }
}
