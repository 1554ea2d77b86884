package com.cartera.marketing.target.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.TargetKind;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.target.Audience;
import com.cartera.marketing.target.Audiences;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Building a new list: choose the kind of selection and the selection (preset from the campaign's audience), see
 * how many customers it holds and how many would be left out and why, name the list and build it.
 */
class NewListForm extends VerticalLayout {

    final Select<TargetKind> kind = new Select<>();
    final ComboBox<Audiences.Choice> value = new ComboBox<>();
    final TextField name = new TextField();
    final Paragraph preview = new Paragraph();
    final Button build = new Button();

    private final CampaignInfo campaign;
    private final Audiences audiences;
    private final TargetLists lists;
    private final Consumer<TargetListSummary> built;

    NewListForm(CampaignInfo campaign, Audiences audiences, TargetLists lists, Consumer<TargetListSummary> built) {
        this.campaign = campaign;
        this.audiences = audiences;
        this.lists = lists;
        this.built = built;
        addClassName("new-target-list");
        setPadding(false);
        kind.setLabel(getTranslation("marketing.list.new.kind"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("marketing.list.kind." + k));
        value.setLabel(getTranslation("marketing.list.new.value"));
        value.setItemLabelGenerator(Audiences.Choice::label);
        value.setClearButtonVisible(true);
        name.setLabel(getTranslation("marketing.list.new.name"));
        name.setMaxLength(120);
        build.setText(getTranslation("marketing.list.new.build"));
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.addClickListener(event -> build());
        preview.addClassName("target-list-preview");
        kind.addValueChangeListener(event -> {
            List<Audiences.Choice> choices = event.getValue() == null ? List.of()
                    : audiences.choices(event.getValue(), getLocale());
            value.setItems(choices);
            value.clear();
            showPreview();
        });
        value.addValueChangeListener(event -> {
            if (event.getValue() != null && name.isEmpty()) {
                name.setValue(event.getValue().label());
            }
            showPreview();
        });
        var fields = new FormLayout(kind, value, name);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(fields, preview, build);
        if (campaign.targetKind() != null) {
            kind.setValue(campaign.targetKind());
            value.getListDataView().getItems().filter(c -> c.value().equals(campaign.targetValue())).findFirst()
                    .ifPresent(value::setValue);
        }
        showPreview();
    }

    private Optional<Audience> audience() {
        return value.getValue() == null ? Optional.empty()
                : audiences.resolve(value.getValue().kind(), value.getValue().value(), getLocale());
    }

    private void showPreview() {
        Optional<Audience> audience = audience();
        if (audience.isEmpty()) {
            preview.setText(getTranslation("marketing.list.new.choose"));
            return;
        }
        Audiences.Preview counted = audiences.preview(audience.get(), campaign.channel());
        preview.setText(getTranslation("marketing.list.new.preview", counted.customers(), counted.members(),
                counted.withoutConsent() + counted.withoutAddress(), counted.withoutConsent(),
                counted.withoutAddress()));
    }

    private void build() {
        if (value.getValue() == null) {
            value.setInvalid(true);
            value.setErrorMessage(getTranslation("marketing.list.value.unknown"));
            return;
        }
        try {
            TargetListSummary summary = lists.build(campaign.id(), value.getValue().kind(), value.getValue().value(),
                    name.getValue());
            name.clear();
            built.accept(summary);
        } catch (FieldRejectedException rejected) {
            String message = getTranslation(rejected.messageKey());
            if (rejected.field().equals("name")) {
                name.setInvalid(true);
                name.setErrorMessage(message);
            } else {
                value.setInvalid(true);
                value.setErrorMessage(message);
            }
        }
    }
}
