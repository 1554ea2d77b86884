package com.cartera.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.notification.NotificationStore.NewNotification;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers one notification as its recipient chose: kept for the bell, and mailed at once when they want it so
 * (in the same transaction, through the workspace's outbox). Nobody is told of their own doing, and only active
 * members of the workspace in scope are told anything.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Notifier {

    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es");

    private final NotificationStore store;
    private final TeamDirectory team;
    private final SignInService signIns;
    private final ObjectProvider<WorkspaceMail> mail;
    private final I18NProvider i18n;
    private final Clock clock;

    Notifier(NotificationStore store, TeamDirectory team, SignInService signIns, ObjectProvider<WorkspaceMail> mail,
             I18NProvider i18n, Clock clock) {
        this.store = store;
        this.team = team;
        this.signIns = signIns;
        this.mail = mail;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** @param actorId who caused it (null: nobody, e.g. a job); they are not told */
    void send(NewNotification notification, UUID actorId) {
        if (notification.recipientId().equals(actorId) || NotificationPause.paused()) {
            return;
        }
        TeamMember recipient = team.find(notification.recipientId()).filter(TeamMember::isActive).orElse(null);
        if (recipient == null) {
            return;
        }
        NotificationKind kind = notification.kind();
        Delivery delivery = kind.resolve(store.preferences(recipient.getUserId()).get(kind));
        if (delivery == Delivery.OFF) {
            return;
        }
        store.add(notification, clock.instant());
        if (delivery == Delivery.EMAIL_NOW) {
            mail.ifAvailable(outbox -> {
                Locale locale = localeOf(recipient.getUserId());
                String text = i18n.getTranslation(textKey(notification), locale, notification.arguments().toArray());
                outbox.enqueue(new MailRequest(recipient.getEmail(), locale, "notice", List.of(text), List.of(),
                        "/" + notification.linkPath()));
            });
        }
    }

    /** The person's chosen language, for what is mailed to them. */
    Locale localeOf(UUID memberId) {
        return signIns.signedIn(memberId).map(SignedInUser::locale).orElse(DEFAULT_LOCALE);
    }

    /** The name of the member, for texts that say who did something. */
    String nameOf(UUID memberId) {
        return memberId == null ? "" : team.find(memberId).map(TeamMember::getDisplayName).orElse("");
    }

    private static String textKey(NewNotification notification) {
        return NotificationTexts.key(notification.kind(), notification.variant());
    }
}
