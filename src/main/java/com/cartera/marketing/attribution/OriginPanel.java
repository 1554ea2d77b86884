package com.cartera.marketing.attribution;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.attribution.CustomerOrigin.Person;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer's origin on the 360 page: the first touch, the campaign touch before conversion, who referred them
 * and whom they referred; marketing and admins correct the first touch in a dialog.
 */
class OriginPanel extends VerticalLayout {

    final Span firstTouch = new Span();
    final Span lastTouch = new Span();
    final Div referredBy = new Div();
    final Div referred = new Div();
    final Button correct = new Button();

    private final long customerId;
    private final CustomerOriginService origins;
    private final ZoneId zone;

    OriginPanel(long customerId, CustomerOriginService origins, MarketingSources sources, Campaigns campaigns,
                CurrentUser currentUser, ZoneId zone) {
        this.customerId = customerId;
        this.origins = origins;
        this.zone = zone;
        addClassName("customer-origin");
        setPadding(false);
        setSpacing(false);
        firstTouch.addClassName("origin-first-touch");
        lastTouch.addClassName("origin-last-touch");
        referredBy.addClassName("origin-referred-by");
        referred.addClassName("origin-referred");
        correct.setText(getTranslation("marketing.origin.correct"));
        correct.addClassName("origin-correct");
        SignedInUser user = currentUser.require();
        correct.setVisible(user.hasRole(Role.ADMIN) || user.hasRole(Role.MARKETING));
        correct.addClickListener(click -> new OriginDialog(customerId, origins, sources, campaigns,
                origins.origin(customerId).orElse(null), this::show).open());
        add(line("marketing.origin.first-touch", firstTouch), line("marketing.origin.last-touch", lastTouch),
                line("marketing.origin.referred-by", referredBy), line("marketing.origin.referred", referred),
                correct);
        show();
    }

    private void show() {
        CustomerOrigin origin = origins.origin(customerId).orElse(null);
        String nobody = getTranslation("marketing.origin.nobody");
        if (origin == null || origin.firstTouchAt() == null) {
            firstTouch.setText(getTranslation("marketing.origin.unknown"));
        } else {
            String source = origin.firstSource() == null ? getTranslation("marketing.origin.no-source")
                    : origin.firstSource().label(this::getTranslation);
            firstTouch.setText(origin.firstCampaign() == null
                    ? getTranslation("marketing.origin.first-touch.source", source, date(origin.firstTouchAt()))
                    : getTranslation("marketing.origin.first-touch.campaign", source, origin.firstCampaign().name(),
                    date(origin.firstTouchAt())));
        }
        CampaignInfo touch = origin == null ? null : origin.touchCampaign();
        lastTouch.setText(touch == null ? getTranslation("marketing.origin.no-campaign")
                : getTranslation("marketing.origin.last-touch.campaign", touch.name(), date(origin.touchAt())));
        referredBy.removeAll();
        if (origin == null || origin.referredBy() == null) {
            referredBy.setText(nobody);
        } else {
            referredBy.add(link(origin.referredBy()));
        }
        referred.removeAll();
        if (origin == null || origin.referred().isEmpty()) {
            referred.setText(nobody);
        } else {
            origin.referred().forEach(person -> referred.add(new Div(link(person))));
        }
    }

    /** A label above its value: reads the same on a phone and at full width. */
    private Div line(String labelKey, com.vaadin.flow.component.Component value) {
        var label = new Div(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var line = new Div(label, value);
        line.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return line;
    }

    private static Anchor link(Person person) {
        return new Anchor("customers/" + person.id(), person.name());
    }

    private String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(at.atZone(zone));
    }
}
