package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cartera.customer.AlertColour;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Tag;
import com.cartera.customer.ValueTier;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The grid's filters beyond the free-text search, in a compact form that opens on demand, and the active
 * ones as removable chips. Tells {@code onChange} whenever the filters change and are consistent; a range
 * whose start lies after its end is marked on the field instead.
 */
class CustomerFilterPanel extends FormLayout {

    /** An owner to filter by, or nobody (customers without an owner). */
    record OwnerChoice(UUID userId, String name) {
        boolean unassigned() {
            return userId == null;
        }
    }

    final MultiSelectComboBox<LifecycleStage> stages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ValueTier> tiers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<OwnerChoice> owners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AlertColour> alerts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ChurnRiskLevel> churnRisks = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PaymentRiskChoice> paymentRisks = new MultiSelectComboBox<>();
    /** A payment-risk level to filter by, or none (customers without a risk). */
    record PaymentRiskChoice(PaymentRisk risk) {
        static final List<PaymentRiskChoice> ALL = List.of(new PaymentRiskChoice(null),
                new PaymentRiskChoice(PaymentRisk.WATCH), new PaymentRiskChoice(PaymentRisk.HIGH));
    }

    final TextField city = new TextField();
    final TextField region = new TextField();
    final TextField sector = new TextField();
    final DatePicker lastPurchaseFrom = new DatePicker();
    final DatePicker lastPurchaseTo = new DatePicker();
    final BigDecimalField clvMin = new BigDecimalField();
    final BigDecimalField clvMax = new BigDecimalField();
    /** The active filters, each a chip that removes it. */
    final FlexLayout chips = new FlexLayout();
    final Button clear = new Button();

    private final List<OwnerChoice> ownerChoices;
    private final Runnable onChange;
    private boolean showing;

    CustomerFilterPanel(List<TeamMember> members, List<Tag> allTags, Runnable onChange) {
        this.onChange = onChange;
        addClassName("customer-filters");
        ownerChoices = new ArrayList<>();
        ownerChoices.add(new OwnerChoice(null, getTranslation("grid.filter.unassigned")));
        members.forEach(member -> ownerChoices.add(new OwnerChoice(member.getUserId(), member.getDisplayName())));

        multi(stages, "customer.stage", List.of(LifecycleStage.values()), s -> getTranslation("stage." + s.name()));
        multi(tiers, "grid.column.tier", List.of(ValueTier.values()), t -> getTranslation("grid.tier." + t.name()));
        multi(owners, "customer.owner", ownerChoices, OwnerChoice::name);
        multi(tags, "grid.column.tags", allTags, Tag::getName);
        multi(alerts, "grid.column.alert", List.of(AlertColour.values()), a -> getTranslation("grid.alert." + a.name()));
        multi(churnRisks, "churn-risk.filter", List.of(ChurnRiskLevel.values()),
                level -> getTranslation("churn-risk." + level.name()));
        multi(paymentRisks, "payment-risk.column", PaymentRiskChoice.ALL, this::paymentRiskLabel);
        text(city, "customer.city");
        text(region, "customer.region");
        text(sector, "grid.column.sector");
        lastPurchaseFrom.setLabel(getTranslation("grid.filter.last-purchase-from"));
        lastPurchaseTo.setLabel(getTranslation("grid.filter.last-purchase-to"));
        clvMin.setLabel(getTranslation("grid.filter.clv-min"));
        clvMax.setLabel(getTranslation("grid.filter.clv-max"));
        for (HasValue<?, ?> field : List.of(lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax)) {
            field.addValueChangeListener(e -> changed());
        }
        lastPurchaseFrom.setClearButtonVisible(true);
        lastPurchaseTo.setClearButtonVisible(true);
        clvMin.setClearButtonVisible(true);
        clvMax.setClearButtonVisible(true);
        add(stages, tiers, owners, tags, alerts, churnRisks, paymentRisks, city, region, sector, lastPurchaseFrom,
                lastPurchaseTo, clvMin, clvMax);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4),
                new ResponsiveStep("80em", 6));

        chips.addClassName("filter-chips");
        clear.setText(getTranslation("grid.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClickListener(e -> show(CustomerFilter.NONE));
        refreshChips();
    }

    private <T> void multi(MultiSelectComboBox<T> box, String labelKey, Collection<T> items, Function<T, String> label) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> changed());
    }

    private void text(TextField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("grid.filter.exact"));
        field.addValueChangeListener(e -> changed());
    }

    /** The panel's filters on top of {@code base} (whose text and bin choice are kept). */
    CustomerFilter applyTo(CustomerFilter base) {
        Set<UUID> ownerIds = owners.getValue().stream().filter(choice -> !choice.unassigned())
                .map(OwnerChoice::userId).collect(Collectors.toSet());
        boolean unassigned = owners.getValue().stream().anyMatch(OwnerChoice::unassigned);
        return base.withStages(stages.getValue()).withTiers(tiers.getValue()).withOwners(ownerIds, unassigned)
                .withTagIds(tags.getValue().stream().map(Tag::getId).collect(Collectors.toSet()))
                .withAlerts(alerts.getValue())
                .withChurnRisks(churnRisks.getValue())
                .withPaymentRisks(paymentRisks.getValue().stream().map(PaymentRiskChoice::risk)
                        .filter(Objects::nonNull).collect(Collectors.toSet()),
                        paymentRisks.getValue().stream().anyMatch(choice -> choice.risk() == null))
                .withPlace(blankToNull(city.getValue()), blankToNull(region.getValue()))
                .withSector(blankToNull(sector.getValue()))
                .withLastPurchase(lastPurchaseFrom.getValue(), lastPurchaseTo.getValue())
                .withClv(clvMin.getValue(), clvMax.getValue());
    }

    /** Puts {@code filter}'s parts in the fields (a tag or owner no longer there is dropped), telling once. */
    void show(CustomerFilter filter) {
        showing = true;
        try {
            stages.setValue(filter.stages());
            tiers.setValue(filter.tiers());
            owners.setValue(ownerChoices.stream()
                    .filter(choice -> choice.unassigned() ? filter.unassigned() : filter.owners().contains(choice.userId()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            tags.setValue(tags.getListDataView().getItems().filter(tag -> filter.tagIds().contains(tag.getId()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            alerts.setValue(filter.alerts());
            churnRisks.setValue(filter.churnRisks());
            paymentRisks.setValue(PaymentRiskChoice.ALL.stream()
                    .filter(choice -> choice.risk() == null ? filter.noPaymentRisk()
                            : filter.paymentRisks().contains(choice.risk()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            city.setValue(nullToBlank(filter.city()));
            region.setValue(nullToBlank(filter.region()));
            sector.setValue(nullToBlank(filter.sector()));
            lastPurchaseFrom.setValue(filter.lastPurchaseFrom());
            lastPurchaseTo.setValue(filter.lastPurchaseTo());
            clvMin.setValue(filter.clvMin());
            clvMax.setValue(filter.clvMax());
        } finally {
            showing = false;
        }
        changed();
    }

    /** How many filters are set, for the button that opens the panel. */
    int activeCount() {
        return chips.getComponentCount();
    }

    private void changed() {
        if (showing) {
            return;
        }
        refreshChips();
        if (rangesAreValid()) {
            onChange.run();
        }
    }

    /** Marks a range whose start lies after its end; both ends of a valid range are unmarked. */
    boolean rangesAreValid() {
        boolean dates = validRange(lastPurchaseFrom.getValue(), lastPurchaseTo.getValue());
        markInvalid(lastPurchaseTo, !dates, "grid.filter.last-purchase.order");
        boolean amounts = validRange(clvMin.getValue(), clvMax.getValue());
        markInvalid(clvMax, !amounts, "grid.filter.clv.order");
        return dates && amounts && !lastPurchaseFrom.isInvalid() && !clvMin.isInvalid();
    }

    private static <T extends Comparable<T>> boolean validRange(T from, T to) {
        return from == null || to == null || from.compareTo(to) <= 0;
    }

    private void markInvalid(HasValue<?, ?> field, boolean invalid, String messageKey) {
        var validated = (HasValidation) field;
        validated.setErrorMessage(invalid ? getTranslation(messageKey) : null);
        validated.setInvalid(invalid);
    }

    private void refreshChips() {
        chips.removeAll();
        chip("customer.stage", stages.getValue().stream().sorted().map(s -> getTranslation("stage." + s.name())), stages::clear);
        chip("grid.column.tier", tiers.getValue().stream().sorted().map(t -> getTranslation("grid.tier." + t.name())), tiers::clear);
        chip("customer.owner", owners.getValue().stream().map(OwnerChoice::name).sorted(), owners::clear);
        chip("grid.column.tags", tags.getValue().stream().map(Tag::getName).sorted(), tags::clear);
        chip("grid.column.alert", alerts.getValue().stream().sorted().map(a -> getTranslation("grid.alert." + a.name())),
                alerts::clear);
        chip("churn-risk.filter", churnRisks.getValue().stream().sorted()
                .map(level -> getTranslation("churn-risk." + level.name())), churnRisks::clear);
        chip("payment-risk.column", PaymentRiskChoice.ALL.stream().filter(paymentRisks.getValue()::contains)
                .map(this::paymentRiskLabel), paymentRisks::clear);
        chip("customer.city", blankToNull(city.getValue()), city::clear);
        chip("customer.region", blankToNull(region.getValue()), region::clear);
        chip("grid.column.sector", blankToNull(sector.getValue()), sector::clear);
        chip("grid.filter.last-purchase", range(lastPurchaseFrom.getValue(), lastPurchaseTo.getValue()), () -> {
            lastPurchaseFrom.clear();
            lastPurchaseTo.clear();
        });
        chip("grid.filter.clv", range(clvMin.getValue(), clvMax.getValue()), () -> {
            clvMin.clear();
            clvMax.clear();
        });
        clear.setVisible(chips.getComponentCount() > 0);
    }

    private void chip(String labelKey, Stream<String> values, Runnable remove) {
        chip(labelKey, values.collect(Collectors.joining(", ")), remove);
    }

    private void chip(String labelKey, String value, Runnable remove) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = getTranslation(labelKey) + ": " + value;
        var removeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        removeButton.setAriaLabel(getTranslation("grid.filter.remove", text));
        var chip = new Span(new Span(text), removeButton);
        chip.addClassName("filter-chip");
        chips.add(chip);
    }

    private String range(Object from, Object to) {
        if (from == null && to == null) {
            return null;
        }
        if (to == null) {
            return getTranslation("grid.filter.from", format(from));
        }
        if (from == null) {
            return getTranslation("grid.filter.to", format(to));
        }
        return format(from) + " – " + format(to);
    }

    private String format(Object value) {
        return switch (value) {
            case LocalDate day -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(day);
            case BigDecimal amount -> amount.toPlainString();
            default -> String.valueOf(value);
        };
    }

    private String paymentRiskLabel(PaymentRiskChoice choice) {
        return getTranslation("payment-risk." + (choice.risk() == null ? "NONE" : choice.risk().name()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
