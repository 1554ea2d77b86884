package com.cartera.support.csat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The one question: five large labelled buttons (1 very dissatisfied … 5 very satisfied), an optional comment and
 * a send button. Used by the public survey page and by the agents' phone rating dialog.
 */
public class RatingForm extends Div {

    /** Longest comment, as the survey table keeps it. */
    public static final int MAX_COMMENT = 2000;

    final List<Button> ratings = new ArrayList<>();
    final TextArea comment = new TextArea();
    final Paragraph problem = new Paragraph();
    final Button send = new Button();
    private Integer chosen;

    /** @param onSend told the rating (1–5) and the comment (possibly empty) once a rating is chosen */
    public RatingForm(String sendLabel, BiConsumer<Integer, String> onSend) {
        addClassName("survey-form");
        var scale = new Div();
        scale.addClassName("survey-scale");
        scale.getElement().setAttribute("role", "group");
        scale.getElement().setAttribute("aria-label", getTranslation("support.csat.scale"));
        for (int rating = 1; rating <= 5; rating++) {
            int value = rating;
            var number = new Span(String.valueOf(rating));
            number.addClassName("survey-rating-number");
            var words = new Span(getTranslation("support.csat.rating." + rating));
            words.addClassName("survey-rating-words");
            var button = new Button();
            button.getElement().appendChild(number.getElement(), words.getElement());
            button.addClassName("survey-rating");
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(event -> choose(value));
            ratings.add(button);
            scale.add(button);
        }
        comment.setLabel(getTranslation("support.csat.comment"));
        comment.setHelperText(getTranslation("support.csat.comment.help", MAX_COMMENT));
        comment.setMaxLength(MAX_COMMENT);
        comment.setWidthFull();
        problem.addClassName("auth-problem");
        problem.setVisible(false);
        send.setText(sendLabel);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("survey-send");
        send.addClickListener(event -> {
            if (chosen == null) {
                showProblem(getTranslation("support.csat.rating.required"));
            } else {
                onSend.accept(chosen, comment.getValue());
            }
        });
        add(scale, comment, problem, send);
    }

    /** Marks {@code rating} as the one chosen. */
    void choose(int rating) {
        chosen = rating;
        problem.setVisible(false);
        for (int i = 0; i < ratings.size(); i++) {
            Button button = ratings.get(i);
            boolean selected = i + 1 == rating;
            button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            if (selected) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    /** Shows why the answer was not taken, under the comment. */
    public void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** The button of {@code rating} (1–5). */
    public Button ratingButton(int rating) {
        return ratings.get(rating - 1);
    }

    public TextArea comment() {
        return comment;
    }

    public Button sendButton() {
        return send;
    }
}
