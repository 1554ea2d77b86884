package com.cartera.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells the person that this browser tab still shows a workspace the session has left (they switched in
 * another tab), that nothing was done, and offers to reload the tab in the session's workspace. It cannot be
 * dismissed: the tab can do nothing else.
 */
public final class WorkspaceChangedDialog {

    private WorkspaceChangedDialog() {
    }

    /** Opens the dialog in {@code ui}, once. */
    public static void open(UI ui) {
        if (ComponentUtil.getData(ui, WorkspaceChangedDialog.class) != null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setId("workspace-changed");
        dialog.setHeaderTitle(ui.getTranslation("tab.workspace-changed.title"));
        dialog.add(new Paragraph(ui.getTranslation("tab.workspace-changed.message")));
        var reload = new Button(ui.getTranslation("tab.workspace-changed.reload"), e -> ui.getPage().reload());
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(reload);
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        ComponentUtil.setData(ui, WorkspaceChangedDialog.class, new WorkspaceChangedDialog());
        dialog.open();
    }
}
