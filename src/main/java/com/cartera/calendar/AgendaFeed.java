package com.cartera.calendar;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.FollowUpStatus;
import com.cartera.customer.CustomerOccasions;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's agenda as iCalendar text: their follow-ups from a month back to a year ahead (customer, kind, due
 * time in the workspace's zone, a link back to the customer) and, if they chose so, their customers' birthdays of
 * the coming year. Runs as that person, in their workspace's scope: it shows what they may read, nothing more.
 */
@Component
class AgendaFeed {

    /** A feed holds at most this many follow-ups (the earliest). */
    static final int MAX_FOLLOW_UPS = 2000;
    private static final Duration PAST = Duration.ofDays(30);
    private static final int DAYS_AHEAD = 365;

    private final FollowUpService followUps;
    private final CustomerOccasions occasions;
    private final WorkspaceCalendar workspaceCalendar;
    private final CalendarLinks links;
    private final Clock clock;

    AgendaFeed(FollowUpService followUps, CustomerOccasions occasions,
               WorkspaceCalendar workspaceCalendar, CalendarLinks links, Clock clock) {
        this.followUps = followUps;
        this.occasions = occasions;
        this.workspaceCalendar = workspaceCalendar;
        this.links = links;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String render(SignedInUser owner, boolean includeBirthdays) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", owner.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ZoneId zone = workspaceCalendar.zone();
        LocalDate today = workspaceCalendar.today();
        Instant now = clock.instant();
        String workspace = TenantScope.require().id().toString();

        List<IcsWriter.Appointment> appointments = new ArrayList<>();
        Instant to = today.plusDays(DAYS_AHEAD).atStartOfDay(zone).toInstant();
        for (FollowUp followUp : followUps.scheduled(owner.userId(), now.minus(PAST), to,
                PageRequest.of(0, MAX_FOLLOW_UPS))) {
            String kind = texts.getString("follow-up.kind." + followUp.getKind().name());
            String summary = format(texts, "calendar.feed.follow-up", owner.locale(), kind,
                    followUp.getCustomer().getName());
            if (followUp.getStatus() == FollowUpStatus.DONE) {
                summary = format(texts, "calendar.feed.done", owner.locale(), summary);
            }
            appointments.add(new IcsWriter.Appointment("follow-up-" + followUp.getId() + "-" + workspace + "@cartera",
                    summary, followUp.getDueAt(), Duration.ofMinutes(followUp.getDurationMinutes()), null,
                    links.customer(followUp.getCustomer().getId())));
        }

        List<IcsWriter.Birthday> birthdays = new ArrayList<>();
        if (includeBirthdays) {
            for (CustomerOccasions.NamedBirthday birthday
                    : occasions.birthdaysOf(owner.userId(), today, today.plusDays(DAYS_AHEAD - 1))) {
                birthdays.add(new IcsWriter.Birthday(
                        "birthday-" + birthday.customerId() + "-" + birthday.date().getYear() + "-" + workspace + "@cartera",
                        format(texts, "calendar.feed.birthday", owner.locale(), birthday.name()), birthday.date(),
                        links.customer(birthday.customerId())));
            }
        }
        String name = format(texts, "calendar.feed.name", owner.locale(),
                owner.currentWorkspace().map(SignedInUser.Workspace::name).orElse("Cartera"));
        return IcsWriter.write(name, zone, now, appointments, birthdays);
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
