package com.cartera.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an agenda as iCalendar (RFC 5545) text with iCal4j: timed appointments in the workspace's zone (with its
 * VTIMEZONE, so every client shows the same local time) and all-day birthdays. Records in, text out.
 */
final class IcsWriter {

    /** A timed entry, e.g. a follow-up. */
    record Appointment(String uid, String summary, Instant start, Duration length, String description, String link) {
    }

    /** An all-day entry, e.g. a customer's birthday. */
    record Birthday(String uid, String summary, LocalDate day, String link) {
    }

    private IcsWriter() {
    }

    static String write(String name, ZoneId zone, Instant stamp, List<Appointment> appointments,
                        List<Birthday> birthdays) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Cartera//Agenda//ES"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        TimeZone timeZone = zone instanceof ZoneOffset ? null
                : TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        // A zone iCal4j does not know is written in UTC: the same moment, shown in each reader's own zone.
        ZoneId written = timeZone == null ? ZoneOffset.UTC : zone;
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (Appointment appointment : appointments) {
            ZonedDateTime start = appointment.start().atZone(written);
            var event = new VEvent(start, start.plus(appointment.length()), appointment.summary());
            event.add(new Uid(appointment.uid()));
            event.add(new DtStamp(stamp));
            if (appointment.description() != null) {
                event.add(new Description(appointment.description()));
            }
            event.add(new Url(URI.create(appointment.link())));
            calendar.add(event);
        }
        for (Birthday birthday : birthdays) {
            var event = new VEvent(birthday.day(), birthday.day().plusDays(1), birthday.summary());
            event.add(new Uid(birthday.uid()));
            event.add(new DtStamp(stamp));
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
            event.add(new Url(URI.create(birthday.link())));
            calendar.add(event);
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
