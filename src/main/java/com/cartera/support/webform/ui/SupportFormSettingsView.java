package com.cartera.support.webform.ui;

import java.util.HashSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.support.webform.FormCategory;
import com.cartera.support.webform.FormSettings;
import com.cartera.support.webform.WebFormSettings;

/**
 * The admin's card of the public support form: on or off (off until turned on), the text above it, the categories
 * it offers, and its public address to copy onto the workspace's web site (or to renew when it draws spam).
 */
@Route("settings/support/form")
@Menu(title = "support.form.menu", order = 93, icon = "vaadin:globe")
@RolesAllowed(Role.Names.ADMIN)
public class SupportFormSettingsView extends VerticalLayout implements HasHeading {

    final Checkbox enabled = new Checkbox();
    final TextArea intro = new TextArea();
    final CheckboxGroup<FormCategory> categories = new CheckboxGroup<>();
    final Button save = new Button();
    final TextField address = new TextField();
    final Button copy = new Button();
    final Anchor open = new Anchor();
    final Button renew = new Button();

    private final WebFormSettings service;
    private FormSettings current;

    public SupportFormSettingsView(WebFormSettings service) {
        this.service = service;
        addClassName("support-form-settings");
        setMaxWidth("48rem");

        enabled.setLabel(getTranslation("support.form.settings.enabled"));
        intro.setLabel(getTranslation("support.form.settings.intro"));
        intro.setHelperText(getTranslation("support.form.settings.intro.help", WebFormSettings.INTRO_MAX));
        intro.setMaxLength(WebFormSettings.INTRO_MAX);
        intro.setWidthFull();
        categories.setLabel(getTranslation("support.form.settings.categories"));
        categories.setHelperText(getTranslation("support.form.settings.categories.help"));
        categories.setItemLabelGenerator(FormCategory::name);
        var all = service.categories();
        categories.setItems(all);
        save.setText(getTranslation("support.form.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        show(service.settings());

        address.setLabel(getTranslation("support.form.settings.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setValue(service.publicAddress());
        address.setHelperText(getTranslation("support.form.settings.address.help"));
        copy.setText(getTranslation("support.form.settings.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addClickListener(click -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success(getTranslation("support.form.settings.copied"));
        });
        open.setText(getTranslation("support.form.settings.open"));
        open.setHref(address.getValue());
        open.setTarget(AnchorTarget.BLANK);
        renew.setText(getTranslation("support.form.settings.renew"));
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        renew.addClickListener(click -> confirmRenew());
        var addressActions = new HorizontalLayout(copy, open, renew);
        addressActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        addressActions.setWrap(true);

        add(new Paragraph(getTranslation("support.form.settings.intro-text")), enabled, intro, categories, save,
                new H3(getTranslation("support.form.settings.address-title")), address, addressActions);
    }

    private void show(FormSettings settings) {
        current = settings;
        enabled.setValue(settings.enabled());
        intro.setValue(settings.intro() == null ? "" : settings.intro());
        categories.setValue(categories.getListDataView().getItems()
                .filter(category -> settings.categoryIds().contains(category.id()))
                .collect(Collectors.toSet()));
    }

    private void save() {
        var chosen = categories.getValue().stream().map(FormCategory::id).collect(Collectors.toCollection(HashSet::new));
        try {
            show(service.save(new FormSettings(enabled.getValue(), intro.getValue(), chosen, current.version())));
            intro.setInvalid(false);
            Notifications.success(getTranslation("support.form.settings.saved"));
        } catch (FieldRejectedException rejected) {
            intro.setErrorMessage(getTranslation(rejected.messageKey(), WebFormSettings.INTRO_MAX));
            intro.setInvalid(true);
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("support.form.settings.conflict"));
        }
    }

    private void confirmRenew() {
        var dialog = new ConfirmDialog(getTranslation("support.form.settings.renew.title"),
                getTranslation("support.form.settings.renew.text"), getTranslation("support.form.settings.renew"),
                confirmed -> {
                    address.setValue(service.renewAddress());
                    open.setHref(address.getValue());
                    Notifications.success(getTranslation("support.form.settings.renewed"));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("support.form.settings.cancel"));
        dialog.open();
    }

    @Override
    public String heading() {
        return getTranslation("support.form.settings.title");
    }
}
