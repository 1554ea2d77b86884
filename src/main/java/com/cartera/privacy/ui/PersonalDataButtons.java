package com.cartera.privacy.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.privacy.ErasureReport;
import com.cartera.privacy.PersonalDataService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * "Export personal data" downloads everything held about the customer as a workbook, written while it
 * downloads; "Erase personal data" says what will happen and, once confirmed, anonymises the customer
 * everywhere and shows the page afresh.
 */
class PersonalDataButtons extends HorizontalLayout {

    final Anchor export = new Anchor();
    final Button exportButton = new Button();
    final Button erase = new Button();
    ConfirmDialog confirmErase;

    private final PersonalDataService personalData;
    private final Customer customer;
    private final Runnable changed;

    PersonalDataButtons(PersonalDataService personalData, Customer customer, Runnable changed) {
        this.personalData = personalData;
        this.customer = customer;
        this.changed = changed;
        addClassName("personal-data-actions");
        setSpacing(false);

        long customerId = customer.getId();
        Locale locale = getLocale();
        export.setHref(event -> download(event, personalData, customerId, locale));
        exportButton.setText(getTranslation("privacy.export"));
        exportButton.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportButton.setTooltipText(getTranslation("privacy.export.tooltip"));
        export.add(exportButton);

        erase.setText(getTranslation("privacy.erase"));
        erase.setIcon(VaadinIcon.ERASER.create());
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        add(export, erase);
    }

    private static void download(DownloadEvent event, PersonalDataService personalData, long customerId,
                                 Locale locale) throws IOException {
        event.setFileName(personalData.fileName(customerId, locale));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            personalData.export(customerId, out, locale);
        }
    }

    private void confirmErase() {
        confirmErase = new ConfirmDialog(getTranslation("privacy.erase"),
                getTranslation("privacy.erase.confirm", customer.getName(), String.valueOf(customer.getId())),
                getTranslation("privacy.erase.confirm-button"), e -> erase());
        confirmErase.setCancelable(true);
        confirmErase.setCancelText(getTranslation("action.cancel"));
        confirmErase.setConfirmButtonTheme("error primary");
        confirmErase.open();
    }

    private void erase() {
        ErasureReport report = personalData.erase(customer.getId());
        Notifications.success(getTranslation("privacy.erased", report.anonymised(), report.deleted()));
        changed.run();
    }
}
