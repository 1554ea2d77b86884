package com.cartera.marketing.ui;

import java.util.List;
import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendDraft;
import com.cartera.marketing.SpendEntry;
import com.cartera.marketing.SpendKind;
import com.cartera.marketing.SpendService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Books a spend entry or corrects or deletes one. An entry on a campaign is booked on the campaign's source; one
 * without a campaign names its source. A refusal shows on its field and keeps the dialog open.
 */
class SpendDialog extends Dialog {

    final DatePicker spentOn = new DatePicker();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<SpendCategory> category = new ComboBox<>();
    final RadioButtonGroup<SpendKind> countsAs = new RadioButtonGroup<>();
    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final ComboBox<SourceInfo> source = new ComboBox<>();
    final TextField description = new TextField();
    final Button save = new Button();
    final Button delete = new Button();

    private final SpendService spend;
    private final SpendEntry existing;
    private final Runnable onChange;
    private final List<SourceInfo> catalogue;
    private final Map<String, HasValidation> fields;

    /**
     * @param existing the entry to correct, or null for a new one
     * @param preset   the campaign a new entry starts on, or null
     */
    SpendDialog(SpendService spend, List<CampaignInfo> campaigns, List<SourceInfo> catalogue, MarketingFormat format,
                SpendEntry existing, CampaignInfo preset, Runnable onChange) {
        this.spend = spend;
        this.existing = existing;
        this.onChange = onChange;
        this.catalogue = catalogue;
        addClassName("spend-dialog");
        setHeaderTitle(getTranslation(existing == null ? "marketing.spend.new" : "marketing.spend.edit"));
        setWidth("min(40rem, 100%)");
        spentOn.setLabel(getTranslation("marketing.spend.date"));
        amount.setLabel(getTranslation("marketing.spend.amount"));
        category.setLabel(getTranslation("marketing.spend.category"));
        category.setItems(SpendCategory.values());
        category.setItemLabelGenerator(value -> format.label("marketing.spend.category", value));
        category.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                countsAs.setValue(e.getValue() == SpendCategory.SALES_COMMISSIONS ? SpendKind.SALES
                        : SpendKind.MARKETING);
            }
        });
        countsAs.setLabel(getTranslation("marketing.spend.counts-as"));
        countsAs.setItems(SpendKind.values());
        countsAs.setItemLabelGenerator(value -> format.label("marketing.spend.kind", value));
        countsAs.setValue(SpendKind.MARKETING);
        campaign.setLabel(getTranslation("marketing.spend.campaign"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignInfo::name);
        campaign.setClearButtonVisible(true);
        campaign.setHelperText(getTranslation("marketing.spend.campaign.help"));
        source.setLabel(getTranslation("marketing.spend.source"));
        source.setItemLabelGenerator(format::source);
        campaign.addValueChangeListener(e -> followCampaign(e.getValue()));
        description.setLabel(getTranslation("marketing.spend.description"));
        description.setMaxLength(SpendEntry.DESCRIPTION_MAX);
        var form = new FormLayout(spentOn, amount, category, countsAs, campaign, source, description);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        fields = Map.of("spentOn", spentOn, "amount", amount, "category", category, "countsAs", countsAs,
                "campaign", campaign, "source", source, "description", description);

        if (existing != null) {
            SpendDraft draft = existing.draft();
            spentOn.setValue(draft.spentOn());
            amount.setValue(draft.amount());
            category.setValue(draft.category());
            countsAs.setValue(draft.countsAs());
            campaign.setValue(campaigns.stream().filter(c -> c.id() == (draft.campaignId() == null ? -1
                    : draft.campaignId())).findFirst().orElse(null));
            if (draft.campaignId() == null) {
                offerSources(existing.getSourceId());
                source.setValue(sourceById(existing.getSourceId()));
            }
            description.setValue(draft.description() == null ? "" : draft.description());
        } else {
            campaign.setValue(preset);
            followCampaign(preset);
            if (preset != null) {
                spentOn.setValue(preset.startsOn());
            }
        }
        save.setText(getTranslation("marketing.spend.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("marketing.spend.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        delete.setVisible(existing != null);
        var cancel = new Button(getTranslation("marketing.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(delete, cancel, save);
    }

    private void followCampaign(CampaignInfo chosen) {
        if (chosen == null) {
            offerSources(null);
            source.setEnabled(true);
        } else {
            offerSources(chosen.sourceId());
            source.setValue(sourceById(chosen.sourceId()));
            source.setEnabled(false);
        }
    }

    private void offerSources(Long kept) {
        source.setItems(catalogue.stream().filter(s -> !s.archived() || (kept != null && s.id() == kept)).toList());
    }

    private SourceInfo sourceById(long id) {
        return catalogue.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        var draft = new SpendDraft(spentOn.getValue(), amount.getValue(), category.getValue(), countsAs.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id(),
                source.getValue() == null ? null : source.getValue().id(), description.getValue());
        try {
            if (existing == null) {
                spend.record(draft);
            } else {
                spend.correct(existing.getId(), existing.getVersion(), draft);
            }
            Notifications.success(getTranslation("marketing.spend.saved"));
            close();
            onChange.run();
        } catch (MarketingRefusedException refused) {
            HasValidation field = fields.get(refused.field());
            String text = getTranslation(refused.messageKey(), refused.arguments().toArray());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Notifications.error(text);
            }
        } catch (ObjectOptimisticLockingFailureException stale) {
            staleEntry();
        }
    }

    private void delete() {
        try {
            spend.delete(existing.getId(), existing.getVersion());
            Notifications.success(getTranslation("marketing.spend.deleted"));
            close();
            onChange.run();
        } catch (ObjectOptimisticLockingFailureException stale) {
            staleEntry();
        }
    }

    private void staleEntry() {
        Notifications.warning(getTranslation("marketing.spend.conflict"));
        close();
        onChange.run();
    }
}
