package com.cartera.marketing.attribution;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.marketing.AttributionModel;
import com.cartera.marketing.MarketingSettings;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The workspace's marketing settings: which touch CAC and conversion credit; a link to the source catalogue. */
@Route("settings/marketing")
@Menu(title = "marketing.settings.menu", order = 94, icon = "vaadin:megaphone")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class MarketingSettingsView extends VerticalLayout implements HasHeading {

    final RadioButtonGroup<AttributionModel> attribution = new RadioButtonGroup<>();
    final Button save = new Button();
    final Anchor sources = new Anchor();

    private final MarketingSettings settings;
    private long version;

    public MarketingSettingsView(MarketingSettings settings) {
        this.settings = settings;
        addClassName("marketing-settings-view");
        setMaxWidth("48rem");
        attribution.setLabel(getTranslation("marketing.settings.attribution"));
        attribution.setItems(AttributionModel.values());
        attribution.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        attribution.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::choice));
        save.setText(getTranslation("marketing.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        sources.setText(getTranslation("marketing.settings.sources"));
        sources.setHref("settings/marketing/sources");
        sources.addClassName("marketing-sources-link");
        show(settings.current());
        add(attribution, save, sources);
    }

    @Override
    public String heading() {
        return getTranslation("marketing.settings.title");
    }

    private Div choice(AttributionModel model) {
        var name = new Span(getTranslation("marketing.attribution." + model.name()));
        name.getStyle().set("font-weight", "600");
        var explanation = new Div(getTranslation("marketing.attribution." + model.name() + ".help"));
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        return new Div(name, explanation);
    }

    private void show(MarketingSettings.Current current) {
        version = current.version();
        attribution.setValue(current.attribution());
    }

    private void save() {
        try {
            show(settings.update(attribution.getValue(), version));
            Notifications.success(getTranslation("marketing.settings.saved"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            show(settings.current());
            Notifications.warning(getTranslation("marketing.settings.conflict"));
        }
    }
}
