package com.cartera.base.mention;

import java.util.List;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Shows a stored note as text with each mention as the member's current name. Everything goes in as text nodes,
 * so markup in a note or a name shows as typed and never runs; a note without mentions is one text node.
 */
public final class MentionText {

    private MentionText() {
    }

    /** Adds the note's text and mentions (each a {@code span.mention}) to {@code container}. */
    public static void render(HasComponents container, String stored, List<MentionCandidate> members) {
        for (Mentions.Part part : Mentions.parts(stored, id -> MentionField.nameIn(members, id),
                I18NProvider.translate("mention.unknown"))) {
            if (part instanceof Mentions.Mention mention) {
                var name = new Span("@" + mention.name());
                name.addClassName("mention");
                container.add(name);
            } else {
                container.add(new Text(((Mentions.Text) part).text()));
            }
        }
    }
}
