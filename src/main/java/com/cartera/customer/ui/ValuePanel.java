package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerService;
import com.cartera.customer.SegmentService;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One customer's value: the tier in force and why (computed from historical CLV under the workspace's
 * thresholds, or set by hand by someone, when), the RFM scores with what each stands for, the RFM segment,
 * and the control to pin or release the tier for those allowed to.
 */
class ValuePanel extends VerticalLayout {

    final Span tier = new Span();
    final Paragraph tierReason = new Paragraph();
    final Paragraph thresholds = new Paragraph();
    final Select<ValueTier> override = new Select<>();
    final Button applyOverride = new Button();
    final HorizontalLayout overrideControl = new HorizontalLayout(override, applyOverride);
    final Paragraph recency = new Paragraph();
    final Paragraph frequency = new Paragraph();
    final Paragraph monetary = new Paragraph();
    final Span segment = new Span();
    final Paragraph segmentMeaning = new Paragraph();
    final Paragraph rfmNote = new Paragraph();

    private final CustomerService customerService;
    private final SegmentService segmentService;
    private final WorkspaceSettings settings;
    private final TeamDirectory teamDirectory;
    private Customer customer;

    ValuePanel(Customer customer, CustomerService customerService, SegmentService segmentService,
               WorkspaceSettings settings, CustomerPermissions permissions, TeamDirectory teamDirectory) {
        this.customerService = customerService;
        this.segmentService = segmentService;
        this.settings = settings;
        this.teamDirectory = teamDirectory;
        addClassName("value-panel");
        setPadding(false);

        tier.getElement().getThemeList().add("badge pill");
        override.setLabel(getTranslation("value.override"));
        override.setItems(ValueTier.values());
        override.setEmptySelectionAllowed(true);
        override.setEmptySelectionCaption(getTranslation("value.override.automatic"));
        override.setItemLabelGenerator(value -> value == null ? getTranslation("value.override.automatic")
                : getTranslation("tier." + value.name()));
        applyOverride.setText(getTranslation("value.override.apply"));
        applyOverride.addClickListener(e -> applyOverride());
        overrideControl.setAlignItems(FlexComponent.Alignment.BASELINE);
        overrideControl.setVisible(permissions.can(Action.OVERRIDE_TIER, customer));

        segment.getElement().getThemeList().add("badge contrast pill");
        rfmNote.addClassName("value-note");
        thresholds.addClassName("value-note");
        add(new H4(getTranslation("value.tier")), new HorizontalLayout(tier), tierReason, thresholds, overrideControl,
                new H4(getTranslation("value.rfm")), recency, frequency, monetary, new HorizontalLayout(segment),
                segmentMeaning, rfmNote);
        show(customer);
    }

    private void show(Customer shown) {
        customer = shown;
        tier.setText(getTranslation("tier." + shown.getTier().name()));
        tier.getElement().setAttribute("data-tier", shown.getTier().name());
        String computed = getTranslation("tier." + shown.getTierComputed().name());
        if (shown.getTierOverride() == null) {
            tierReason.setText(getTranslation("value.tier.computed", money(shown.getRevenue()), computed));
        } else {
            tierReason.setText(getTranslation("value.tier.overridden", getTranslation("tier." + shown.getTierOverride().name()),
                    who(shown), when(shown), money(shown.getRevenue()), computed));
        }
        thresholds.setText(getTranslation("value.thresholds", money(settings.getTierStrategicMin()),
                money(settings.getTierKeyMin()), money(settings.getTierEmergingMin())));
        override.setValue(shown.getTierOverride());
        showRfm(shown);
    }

    private void showRfm(Customer shown) {
        boolean scored = shown.getRfmRecency() != null;
        recency.setVisible(scored);
        frequency.setVisible(scored);
        monetary.setVisible(scored);
        segment.setVisible(scored);
        segmentMeaning.setVisible(scored);
        if (shown.getPurchaseCount() == 0) {
            rfmNote.setText(getTranslation("value.rfm.none"));
            return;
        }
        if (!scored) {
            rfmNote.setText(getTranslation("value.rfm.pending"));
            return;
        }
        LocalDate last = shown.getLastPurchaseOn();
        recency.setText(getTranslation("value.rfm.recency", shown.getRfmRecency(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(last),
                ChronoUnit.DAYS.between(last, LocalDate.now())));
        frequency.setText(getTranslation("value.rfm.frequency", shown.getRfmFrequency(), shown.getPurchaseCount()));
        monetary.setText(getTranslation("value.rfm.monetary", shown.getRfmMonetary(), money(shown.getRevenue())));
        segment.setText(getTranslation("rfm.segment." + shown.getRfmSegment()));
        segmentMeaning.setText(getTranslation("rfm.segment." + shown.getRfmSegment() + ".explained"));
        rfmNote.setText(getTranslation("value.rfm.explained"));
    }

    void applyOverride() {
        ValueTier chosen = override.getValue();
        try {
            segmentService.overrideTier(customer.getId(), chosen);
        } catch (ObjectOptimisticLockingFailureException gone) {
            Notifications.error(getTranslation("value.override.gone"));
            return;
        }
        Notifications.success(chosen == null ? getTranslation("value.override.cleared")
                : getTranslation("value.override.saved", getTranslation("tier." + chosen.name())));
        customerService.find(customer.getId()).ifPresent(this::show);
    }

    private String who(Customer shown) {
        return shown.getTierOverrideBy() == null ? getTranslation("value.someone")
                : teamDirectory.find(shown.getTierOverrideBy()).map(TeamMember::getDisplayName)
                        .orElse(getTranslation("value.someone"));
    }

    private String when(Customer shown) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(shown.getTierOverrideAt().atZone(ZoneId.systemDefault()));
    }

    private String money(BigDecimal amount) {
        return Figures.money(amount, settings.getCurrency(), getLocale());
    }
}
