package com.cartera.support.csat.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import com.cartera.base.ui.Notifications;
import com.cartera.security.FieldRejectedException;
import com.cartera.support.csat.PhoneRatings;
import com.cartera.support.csat.Survey;

/**
 * On a resolved ticket's page: the rating the customer gave by phone, recorded by the agent who took the call. A
 * ticket whose survey is answered already shows that answer instead: one response per survey.
 */
public class PhoneRatingDialog extends Dialog {

    private final PhoneRatings phoneRatings;
    private final long ticketId;
    private final Runnable onRecorded;
    RatingForm form;

    /** @param onRecorded run after a rating was recorded, e.g. to refresh the ticket page */
    public PhoneRatingDialog(PhoneRatings phoneRatings, long ticketId, ZoneId zone, Runnable onRecorded) {
        this.phoneRatings = phoneRatings;
        this.ticketId = ticketId;
        this.onRecorded = onRecorded;
        setHeaderTitle(getTranslation("support.csat.phone.title"));
        addClassName("survey-card");
        setWidth("min(34rem, 100vw)");
        Optional<Survey> answered = phoneRatings.ofTicket(ticketId).filter(Survey::answered);
        if (answered.isPresent()) {
            Survey survey = answered.get();
            add(new Paragraph(getTranslation("support.csat.recorded", survey.rating(),
                    getTranslation("support.csat.rating." + survey.rating()),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                            .format(survey.answeredAt().atZone(zone)))));
            if (survey.comment() != null) {
                add(new Paragraph(getTranslation("support.csat.recorded.comment", survey.comment())));
            }
        } else {
            add(new Paragraph(getTranslation("support.csat.phone.intro")));
            form = new RatingForm(getTranslation("support.csat.phone.save"), this::save);
            add(form);
        }
        getFooter().add(new Button(getTranslation("support.csat.phone.close"), event -> close()));
    }

    private void save(Integer rating, String comment) {
        try {
            phoneRatings.record(ticketId, rating, comment);
            Notifications.success(getTranslation("support.csat.phone.saved"));
            close();
            onRecorded.run();
        } catch (FieldRejectedException rejected) {
            form.showProblem(getTranslation(rejected.messageKey(), RatingForm.MAX_COMMENT));
        }
    }
}
