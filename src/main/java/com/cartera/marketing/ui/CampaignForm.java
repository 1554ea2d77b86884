package com.cartera.marketing.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.marketing.Campaign;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignDraft;
import com.cartera.marketing.CampaignTargets;
import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.TargetKind;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A campaign's fields, filled from and read into a {@link CampaignDraft}; a refusal shows on its field. */
class CampaignForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<CampaignChannel> channel = new ComboBox<>();
    final ComboBox<SourceInfo> source = new ComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final BigDecimalField budget = new BigDecimalField();
    final TextArea goal = new TextArea();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final ComboBox<TargetKind> targetKind = new ComboBox<>();
    final ComboBox<CampaignTargets.Option> target = new ComboBox<>();

    private final Map<String, HasValidation> fields;
    private final List<SourceInfo> catalogue;
    private final CampaignTargets targets;

    CampaignForm(MarketingSources sources, CampaignTargets targets, TeamDirectory team, MarketingFormat format) {
        this.targets = targets;
        this.catalogue = sources.all();
        addClassName("campaign-form");
        name.setLabel(getTranslation("marketing.campaign.name"));
        name.setMaxLength(Campaign.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("marketing.campaign.channel"));
        channel.setItems(CampaignChannel.values());
        channel.setItemLabelGenerator(value -> format.label("marketing.campaign.channel", value));
        channel.setRequiredIndicatorVisible(true);
        source.setLabel(getTranslation("marketing.campaign.source"));
        source.setItemLabelGenerator(format::source);
        source.setRequiredIndicatorVisible(true);
        offerSources(null);
        startsOn.setLabel(getTranslation("marketing.campaign.starts-on"));
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setLabel(getTranslation("marketing.campaign.ends-on"));
        endsOn.setHelperText(getTranslation("marketing.campaign.ends-on.help"));
        startsOn.addValueChangeListener(e -> endsOn.setMin(e.getValue()));
        budget.setLabel(getTranslation("marketing.campaign.budget"));
        goal.setLabel(getTranslation("marketing.campaign.goal"));
        goal.setMaxLength(Campaign.GOAL_MAX);
        Set<UUID> owners = Set.copyOf(team.activeMemberIdsWith(
                EnumSet.of(Role.MARKETING, Role.ADMIN, Role.SALES, Role.MANAGEMENT)));
        owner.setLabel(getTranslation("marketing.campaign.owner"));
        owner.setItems(team.activeMembers().stream().filter(member -> owners.contains(member.getUserId())).toList());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        owner.setClearButtonVisible(true);
        targetKind.setLabel(getTranslation("marketing.campaign.target-kind"));
        targetKind.setItems(TargetKind.values());
        targetKind.setItemLabelGenerator(value -> format.label("marketing.campaign.target-kind", value));
        targetKind.setClearButtonVisible(true);
        target.setLabel(getTranslation("marketing.campaign.target"));
        target.setItemLabelGenerator(option -> option.name() != null ? option.name()
                : getTranslation((option.kind() == TargetKind.TIER ? "tier." : "rfm.segment.") + option.value()));
        target.setEnabled(false);
        targetKind.addValueChangeListener(e -> offerTargets(e.getValue()));
        add(name, channel, source, owner, startsOn, endsOn, budget, targetKind, target, goal);
        setColspan(goal, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        fields = Map.of("name", name, "channel", channel, "source", source, "startsOn", startsOn, "endsOn", endsOn,
                "budget", budget, "goal", goal, "owner", owner, "target", target);
    }

    void show(CampaignDraft draft) {
        name.setValue(draft.name());
        channel.setValue(draft.channel());
        offerSources(draft.sourceId());
        source.setValue(catalogue.stream().filter(s -> s.id() == draft.sourceId()).findFirst().orElse(null));
        startsOn.setValue(draft.startsOn());
        endsOn.setValue(draft.endsOn());
        budget.setValue(draft.budget());
        goal.setValue(draft.goal() == null ? "" : draft.goal());
        owner.setValue(owner.getListDataView().getItems().filter(m -> m.getUserId().equals(draft.ownerId()))
                .findFirst().orElse(null));
        targetKind.setValue(draft.targetKind());
        target.setValue(draft.targetKind() == null ? null : target.getListDataView().getItems()
                .filter(option -> option.value().equals(draft.targetValue())).findFirst().orElse(null));
    }

    /** The fields as a draft; a missing source or start date is left for the service to name. */
    CampaignDraft read() {
        clearErrors();
        return new CampaignDraft(name.getValue(), channel.getValue(),
                source.getValue() == null ? -1 : source.getValue().id(), startsOn.getValue(), endsOn.getValue(),
                budget.getValue(), goal.getValue(), owner.getValue() == null ? null : owner.getValue().getUserId(),
                targetKind.getValue(), target.getValue() == null ? null : target.getValue().value());
    }

    void showRefusal(MarketingRefusedException refused) {
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Sources not archived, and the campaign's own even when it was archived since. */
    private void offerSources(Long current) {
        source.setItems(catalogue.stream()
                .filter(s -> !s.archived() || (current != null && s.id() == current)).toList());
    }

    private void offerTargets(TargetKind kind) {
        target.clear();
        target.setItems(kind == null ? List.of() : targets.options(kind));
        target.setEnabled(kind != null);
        target.setRequiredIndicatorVisible(kind != null);
    }
}
