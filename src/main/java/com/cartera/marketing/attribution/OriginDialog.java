package com.cartera.marketing.attribution;

import java.util.List;

import com.cartera.base.ui.Notifications;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Corrects a customer's first touch: a campaign (which brings its source) or a source alone.
 */
class OriginDialog extends Dialog {

    final Select<SourceInfo> source = new Select<>();
    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final List<SourceInfo> sources;

    OriginDialog(long customerId, CustomerOriginService origins, MarketingSources catalogue, Campaigns campaigns,
                 CustomerOrigin current, Runnable saved) {
        addClassName("origin-dialog");
        setHeaderTitle(getTranslation("marketing.origin.dialog.title"));
        // Archived sources stay choosable: old campaigns and first touches still name them.
        sources = catalogue.all();
        source.setLabel(getTranslation("marketing.origin.dialog.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(info -> info.label(this::getTranslation));
        source.setWidthFull();
        campaign.setLabel(getTranslation("marketing.origin.dialog.campaign"));
        campaign.setHelperText(getTranslation("marketing.origin.dialog.campaign.help"));
        campaign.setItems(campaigns.all());
        campaign.setItemLabelGenerator(CampaignInfo::name);
        campaign.setClearButtonVisible(true);
        campaign.setWidthFull();
        campaign.addValueChangeListener(change -> followCampaign(change.getValue()));
        if (current != null) {
            source.setValue(current.firstSource());
            campaign.setValue(current.firstCampaign());
        }
        var fields = new VerticalLayout(campaign, source);
        fields.setPadding(false);
        fields.setWidth("min(26rem, 80vw)");
        add(fields);

        save.setText(getTranslation("marketing.origin.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            source.setInvalid(false);
            campaign.setInvalid(false);
            try {
                origins.correct(customerId, source.getValue() == null ? null : source.getValue().id(),
                        campaign.getValue() == null ? null : campaign.getValue().id());
                Notifications.success(getTranslation("marketing.origin.dialog.saved"));
                close();
                saved.run();
            } catch (AttributionRefused refused) {
                var field = refused.field().equals("campaign") ? campaign : source;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        cancel.setText(getTranslation("marketing.origin.dialog.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    private void followCampaign(CampaignInfo chosen) {
        source.setReadOnly(chosen != null);
        if (chosen != null) {
            source.setValue(sources.stream().filter(info -> info.id() == chosen.sourceId())
                    .findFirst().orElse(null));
        }
    }
}
