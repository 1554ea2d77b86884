package com.cartera.support.csat.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.base.ui.UiLocale;
import com.cartera.security.FieldRejectedException;
import com.cartera.support.csat.Survey;
import com.cartera.support.csat.SurveyLink;
import com.cartera.support.csat.SurveyPageLimit;

/**
 * The public satisfaction survey a resolved ticket's customer opens from the mailed link, with nobody signed in:
 * one question (1–5 and an optional comment), then thanks. A second visit shows the answer recorded; a forged,
 * foreign, expired link each says so. In the survey's language unless the reader picks another; phone friendly.
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/survey.css")
public class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    private final SurveyLink link;
    private final SurveyPageLimit limit;
    final Div card = new Div();
    RatingForm form;
    private String token = "";

    public SurveyView(SurveyLink link, SurveyPageLimit limit) {
        this.link = link;
        this.limit = limit;
        addClassName("auth-page");
        addClassName("survey-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("auth-card");
        card.addClassName("survey-card");
        add(card, new LanguageSelect());
        // Nothing live happens here, and a public page should hold no push connection open.
        addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!limit.tryAcquire(clientAddress())) {
            end(getTranslation("support.csat.throttled"));
            return;
        }
        show(link.check(token));
    }

    private void show(SurveyLink.Reading reading) {
        reading.survey().ifPresent(this::speakLanguageOf);
        switch (reading.state()) {
            case OPEN -> ask(reading);
            case ANSWERED -> recorded(reading, getTranslation("support.csat.already"));
            case EXPIRED -> end(getTranslation("support.csat.link.expired"));
            case OTHER_WORKSPACE -> end(getTranslation("support.csat.link.other-workspace"));
            case FORGED -> end(getTranslation("support.csat.link.forged"));
        }
    }

    private void ask(SurveyLink.Reading reading) {
        Survey survey = reading.survey().orElseThrow();
        card.removeAll();
        form = new RatingForm(getTranslation("support.csat.send"), this::submit);
        card.add(title(reading.workspaceName()),
                new H2(getTranslation("support.csat.question")),
                new Paragraph(getTranslation("support.csat.about", survey.ticketSubject())), form);
    }

    private void submit(Integer rating, String comment) {
        if (!limit.tryAcquire(clientAddress())) {
            form.showProblem(getTranslation("support.csat.throttled"));
            return;
        }
        try {
            SurveyLink.Reading reading = link.answer(token, rating, comment);
            if (reading.state() == SurveyLink.State.ANSWERED
                    && reading.survey().map(survey -> rating.equals(survey.rating())).orElse(false)) {
                recorded(reading, getTranslation("support.csat.thanks"));
            } else {
                show(reading);
            }
        } catch (FieldRejectedException rejected) {
            form.showProblem(getTranslation(rejected.messageKey(), RatingForm.MAX_COMMENT));
        }
    }

    /** The answer on record, under {@code message}. */
    private void recorded(SurveyLink.Reading reading, String message) {
        Survey survey = reading.survey().orElseThrow();
        card.removeAll();
        var answer = new Paragraph(getTranslation("support.csat.recorded", survey.rating(),
                getTranslation("support.csat.rating." + survey.rating()), date(survey, reading.zone())));
        answer.addClassName("survey-recorded");
        card.add(title(reading.workspaceName()), new H2(message), answer);
        if (survey.comment() != null) {
            var comment = new Paragraph(getTranslation("support.csat.recorded.comment", survey.comment()));
            comment.addClassName("survey-recorded-comment");
            card.add(comment);
        }
        form = null;
    }

    private void end(String message) {
        card.removeAll();
        var problem = new Paragraph(message);
        problem.addClassName("auth-problem");
        card.add(title(null), problem);
        form = null;
    }

    private H1 title(String workspaceName) {
        var title = new H1(workspaceName == null ? getTranslation("app.name") : workspaceName);
        title.addClassName("auth-title");
        title.addClassName("survey-title");
        return title;
    }

    /** The survey's language, unless the reader chose one in this browser session. */
    private void speakLanguageOf(Survey survey) {
        if (UiLocale.chosen(VaadinSession.getCurrent()).isEmpty()) {
            UI.getCurrent().setLocale(UiLocale.supported(survey.locale()));
        }
    }

    private String date(Survey survey, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(survey.answeredAt().atZone(zone));
    }

    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String heading() {
        return getTranslation("support.csat.title");
    }
}
