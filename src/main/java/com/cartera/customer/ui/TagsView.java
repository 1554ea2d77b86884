package com.cartera.customer.ui;

import java.util.Map;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.cartera.customer.TagUsage;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The workspace's tags: create, rename, recolour from an accessible palette, delete (saying who carries it). */
@Route("tags")
@Menu(title = "menu.tags", order = 20, icon = "vaadin:tags")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class TagsView extends VerticalLayout implements HasHeading {

    final Grid<TagUsage> grid = new Grid<>();
    final Button create = new Button();

    private final TagService tags;

    public TagsView(TagService tags) {
        this.tags = tags;
        setSizeFull();
        addClassName("tags-view");

        create.setText(getTranslation("tags.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openEditor(null));
        var header = new HorizontalLayout(create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.END);

        grid.addComponentColumn(usage -> TagColours.chip(usage.tag())).setKey("tag")
                .setHeader(getTranslation("tags.name")).setFlexGrow(2);
        grid.addColumn(usage -> usage.customers()).setKey("customers").setHeader(getTranslation("tags.customers"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(usage -> {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(usage.tag()));
            edit.setAriaLabel(getTranslation("tags.edit", usage.tag().getName()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(usage));
            delete.setAriaLabel(getTranslation("tags.delete", usage.tag().getName()));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tags.empty"));
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tags.usage());
    }

    /** Creates a tag ({@code tag} null) or renames and recolours one. */
    void openEditor(Tag tag) {
        var dialog = new Dialog(getTranslation(tag == null ? "tags.new" : "tags.edit", tag == null ? "" : tag.getName()));
        dialog.setWidth("min(28rem, 100%)");
        dialog.addClassName("tag-editor");
        var name = new TextField(getTranslation("tags.name"));
        name.setMaxLength(60);
        name.setWidthFull();
        var colour = new RadioButtonGroup<String>(getTranslation("tags.colour"));
        colour.addClassName("colour-palette");
        colour.setItems(TagColours.PALETTE);
        colour.setRenderer(new ComponentRenderer<>(hex -> {
            var swatch = TagColours.chip(getTranslation("tags.sample"), hex);
            swatch.getElement().setAttribute("title", hex);
            return swatch;
        }));
        if (tag != null) {
            name.setValue(tag.getName());
            colour.setValue(TagColours.PALETTE.contains(tag.getColour()) ? tag.getColour() : null);
        } else {
            colour.setValue(TagColours.PALETTE.getFirst());
        }
        Map<String, HasValidation> fields = Map.of("name", name, "colour", colour);
        var save = new Button(getTranslation("action.save"), e -> {
            String chosen = colour.getValue() != null ? colour.getValue() : tag == null ? null : tag.getColour();
            try {
                Tag saved = tag == null ? tags.create(name.getValue(), chosen)
                        : tags.update(tag.getId(), tag.getVersion(), name.getValue(), chosen);
                dialog.close();
                Notifications.success(getTranslation("tags.saved", saved.getName()));
            } catch (FieldRejectedException rejected) {
                HasValidation field = fields.getOrDefault(rejected.field(), name);
                field.setErrorMessage(getTranslation(rejected.messageKey()));
                field.setInvalid(true);
                return;
            } catch (ObjectOptimisticLockingFailureException conflict) {
                dialog.close();
                Notifications.error(getTranslation("tags.conflict"));
            }
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, colour);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    void confirmDelete(TagUsage usage) {
        String name = usage.tag().getName();
        var confirm = new ConfirmDialog(getTranslation("tags.delete", name),
                getTranslation("tags.delete.confirm", name, usage.customers()), getTranslation("tags.delete.yes"),
                e -> {
                    try {
                        tags.delete(usage.tag().getId());
                        Notifications.success(getTranslation("tags.deleted", name));
                    } catch (ObjectOptimisticLockingFailureException gone) {
                        Notifications.error(getTranslation("tags.conflict"));
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String heading() {
        return getTranslation("menu.tags");
    }
}
