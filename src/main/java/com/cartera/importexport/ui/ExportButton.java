package com.cartera.importexport.ui;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;

import com.cartera.customer.CustomerFilter;
import com.cartera.importexport.CustomerExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.springframework.data.domain.Sort;

/**
 * Downloads the customers a grid shows, with its current filter and sort, as an .xlsx. The file is written
 * while it downloads; the filter and sort are read when the link is clicked.
 */
public class ExportButton extends Anchor {

    final Button button = new Button();

    public ExportButton(CustomerExport export, Supplier<CustomerFilter> filter, Supplier<Sort> sort) {
        Locale locale = getLocale();
        setHref(event -> download(event, export, filter.get(), sort.get(), locale));
        button.setText(getTranslation("export.button"));
        button.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("export.button.tooltip"));
        add(button);
        addClassName("export-button");
    }

    private static void download(DownloadEvent event, CustomerExport export, CustomerFilter filter, Sort sort,
                                 Locale locale) throws java.io.IOException {
        event.setFileName(export.fileName(locale));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            export.write(filter, sort, out, locale);
        }
    }
}
