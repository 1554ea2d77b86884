package com.cartera.customer.ui;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.customer.Customer;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskReason;
import com.cartera.customer.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** Who the customer is at a glance: name, kind, stage, tier, follow-up alert, payment risk, owner and tags. */
class CustomerHeader extends Div {

    final H2 name = new H2();
    final Span kind = new Span();
    final Span stage = new Span();
    final Span tier = new Span();
    final Span alert = new Span();
    final Span owner = new Span();
    final Span paymentRisk = new Span();
    final Div tags = new Div();

    CustomerHeader() {
        addClassName("customer-header");
        name.addClassName("customer-name");
        kind.addClassName("customer-kind");
        stage.getElement().getThemeList().add("badge pill");
        tier.getElement().getThemeList().add("badge pill contrast");
        alert.addClassName("alert-chip");
        owner.addClassName("customer-owner");
        tags.addClassName("tag-chips");
        paymentRisk.addClassName("payment-risk");
        var badges = new Div(kind, stage, tier, alert, paymentRisk, owner);
        badges.addClassName("customer-badges");
        add(name, badges, tags);
    }

    void showNew() {
        name.setText(getTranslation("customer.new"));
        kind.setVisible(false);
        stage.setVisible(false);
        tier.setVisible(false);
        alert.setVisible(false);
        owner.setVisible(false);
        paymentRisk.setVisible(false);
        tags.setVisible(false);
    }

    void show(Customer customer) {
        name.setText(customer.getName());
        kind.setVisible(true);
        kind.setText(Formats.label(this, customer.getKind()));
        stage.setVisible(true);
        stage.setText(Formats.label(this, customer.getLifecycleStage()));
        stage.setClassName("stage-" + customer.getLifecycleStage().name().toLowerCase());
        tier.setVisible(customer.getTier() != null);
        if (customer.getTier() != null) {
            tier.setText(getTranslation("header.tier", Formats.label(this, customer.getTier()))
                    + (customer.getTierOverride() != null ? " · " + getTranslation("tier.manual") : ""));
        }
        alert.setVisible(customer.getAlertColour() != null);
        if (customer.getAlertColour() != null) {
            String colour = Formats.label(this, customer.getAlertColour());
            alert.setText(customer.getAlertReason() == null ? colour : colour + ": " + customer.getAlertReason());
            alert.setClassName("alert-chip alert-" + customer.getAlertColour().name().toLowerCase());
        }
        showPaymentRisk(customer.getPaymentRisk(), customer.getPaymentRiskReasons());
        owner.setVisible(true);
        owner.setText(customer.getOwner() == null ? getTranslation("header.no-owner")
                : getTranslation("header.owner", customer.getOwner().getDisplayName()));
        tags.setVisible(!customer.getTags().isEmpty());
        tags.removeAll();
        customer.getTags().stream().sorted(Comparator.comparing(Tag::getName)).forEach(tag -> tags.add(chip(tag)));
    }

    /** Finance's judgement: amber to watch, red when high, with its reasons in words. */
    private void showPaymentRisk(PaymentRisk risk, Set<PaymentRiskReason> reasons) {
        paymentRisk.setVisible(risk != null);
        if (risk == null) {
            return;
        }
        String why = reasons.stream().sorted().map(reason -> getTranslation("payment-risk.reason." + reason.name()))
                .collect(Collectors.joining(", "));
        String level = getTranslation("payment-risk.header", getTranslation("payment-risk." + risk.name()));
        paymentRisk.setText(why.isEmpty() ? level : level + " · " + why);
        paymentRisk.getElement().setAttribute("theme", risk == PaymentRisk.HIGH ? "badge error pill" : "badge warning pill");
    }

    static Span chip(Tag tag) {
        var chip = new Span(tag.getName());
        chip.addClassName("tag-chip");
        chip.getStyle().set("background-color", tag.getColour()).set("color", textColourOn(tag.getColour()));
        return chip;
    }

    /** Black or white, whichever reads better on {@code #rrggbb} (by relative luminance). */
    static String textColourOn(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
        return luminance > 150 ? "#1a1a1a" : "#ffffff";
    }
}
