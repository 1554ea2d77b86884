package com.cartera.base.mention;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

/**
 * A stored note shown as text with each mention as the member's current name. Everything goes in as text nodes,
 * so markup in a note or a name shows as typed and never runs.
 */
public class MentionText extends Span {

    public MentionText(String stored, List<MentionCandidate> members) {
        addClassName("mention-text");
        getStyle().set("white-space", "pre-line");
        for (Mentions.Part part : Mentions.parts(stored, id -> MentionField.nameIn(members, id),
                getTranslation("mention.unknown"))) {
            if (part instanceof Mentions.Mention mention) {
                var name = new Span("@" + mention.name());
                name.addClassName("mention");
                add(name);
            } else {
                add(new Text(((Mentions.Text) part).text()));
            }
        }
    }
}
