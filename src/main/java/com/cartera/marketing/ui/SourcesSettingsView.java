package com.cartera.marketing.ui;

import java.util.Arrays;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerSource;
import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceCatalog;
import com.cartera.marketing.SourceInfo;
import com.cartera.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's catalogue of lead sources: add, rename, reorder, archive and restore them, and say which value of
 * the customer record's own source each stands for.
 */
@Route("settings/marketing/sources")
@Menu(title = "marketing.sources.menu", order = 28, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class SourcesSettingsView extends VerticalLayout implements HasHeading {

    final TextField newName = new TextField();
    final Button add = new Button();
    final Grid<SourceInfo> grid = new Grid<>();

    private final SourceCatalog catalog;
    private final MarketingSources sources;
    private final MarketingFormat format;

    public SourcesSettingsView(SourceCatalog catalog, MarketingSources sources) {
        this.catalog = catalog;
        this.sources = sources;
        this.format = new MarketingFormat(this, null);
        addClassName("marketing-sources-view");
        setMaxWidth("60rem");
        var intro = new Paragraph(getTranslation("marketing.sources.intro"));

        newName.setLabel(getTranslation("marketing.sources.new"));
        newName.setMaxLength(SourceCatalog.NAME_MAX);
        newName.setWidth("min(20em, 100%)");
        add.setText(getTranslation("marketing.sources.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addSource());
        add.addClickShortcut(Key.ENTER);
        var adding = new FlexLayout(newName, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        adding.getStyle().set("gap", "var(--lumo-space-m)");

        grid.addClassName("marketing-sources");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(format::source).setHeader(getTranslation("marketing.sources.name")).setKey("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::customerSourcePicker).setHeader(getTranslation("marketing.sources.customer-source"))
                .setKey("customerSource").setAutoWidth(true);
        grid.addColumn(source -> source.archived() ? getTranslation("marketing.sources.archived") : "")
                .setHeader(getTranslation("marketing.sources.state")).setKey("state").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(intro, adding, grid);
        refresh();
    }

    @Override
    public String heading() {
        return getTranslation("marketing.sources.title");
    }

    private void refresh() {
        grid.setItems(sources.all());
    }

    private void addSource() {
        newName.setInvalid(false);
        try {
            catalog.add(newName.getValue());
            newName.clear();
            refresh();
            Notifications.success(getTranslation("marketing.sources.added"));
        } catch (MarketingRefusedException refused) {
            newName.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            newName.setInvalid(true);
        }
    }

    private ComboBox<CustomerSource> customerSourcePicker(SourceInfo source) {
        var picker = new ComboBox<CustomerSource>();
        picker.setItems(Arrays.asList(CustomerSource.values()));
        picker.setItemLabelGenerator(value -> getTranslation("customer-source." + value.name()));
        picker.setClearButtonVisible(true);
        picker.setPlaceholder(getTranslation("marketing.sources.customer-source.none"));
        picker.setAriaLabel(getTranslation("marketing.sources.customer-source"));
        picker.setValue(source.customerSource());
        picker.setWidth("14em");
        picker.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == source.customerSource()) {
                return;
            }
            try {
                catalog.mapCustomerSource(source.id(), e.getValue());
                refresh();
            } catch (MarketingRefusedException refused) {
                picker.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
                picker.setInvalid(true);
            }
        });
        return picker;
    }

    private HorizontalLayout actions(SourceInfo source) {
        var up = iconButton(VaadinIcon.ARROW_UP, "marketing.sources.up", () -> {
            catalog.move(source.id(), -1);
            refresh();
        });
        up.addClassName("source-up");
        var down = iconButton(VaadinIcon.ARROW_DOWN, "marketing.sources.down", () -> {
            catalog.move(source.id(), 1);
            refresh();
        });
        down.addClassName("source-down");
        var rename = new Button(getTranslation("marketing.sources.rename"),
                e -> new RenameSourceDialog(format.source(source), name -> {
                    catalog.rename(source.id(), name);
                    refresh();
                }).open());
        rename.addClassName("source-rename");
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var archive = new Button(getTranslation(source.archived() ? "marketing.sources.restore"
                : "marketing.sources.archive"), e -> {
            catalog.archive(source.id(), !source.archived());
            refresh();
        });
        archive.addClassName("source-archive");
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var layout = new HorizontalLayout(up, down, rename, archive);
        layout.setSpacing(false);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        return layout;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
