package com.cartera.analytics.ui;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.cartera.analytics.DrillDown;
import com.cartera.importexport.FigureSheet;
import com.cartera.importexport.FiguresExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.springframework.stereotype.Component;

/** What every dashboard offers besides its figures: opening the customers behind one, and the .xlsx of them all. */
@Component
class DashboardTools {

    private final DrillDown drillDown;
    private final FiguresExport export;

    DashboardTools(DrillDown drillDown, FiguresExport export) {
        this.drillDown = drillDown;
        this.export = export;
    }

    /** Drill-down into the figures of {@code owner} (null: the whole workspace). */
    DrillDownLinks links(UUID owner) {
        return new DrillDownLinks(drillDown, owner);
    }

    /**
     * A "download .xlsx" link for {@code dashboard}; {@code shown} gives, when it is clicked, the figures on screen
     * with the filter they were drawn for.
     */
    Anchor exportButton(Dashboard dashboard, Supplier<Shown> shown, Locale locale) {
        var link = new Anchor();
        String fileName = link.getTranslation("export.dashboard.file") + "-" + dashboard.name().toLowerCase(Locale.ROOT);
        link.setHref(event -> download(event, dashboard, fileName, shown.get(), locale));
        var button = new Button(link.getTranslation("export.dashboard.button"), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        link.setId("dashboard-export");
        link.addClassName("export-button");
        return link;
    }

    /** The figures on screen and what they were drawn for (period, whose figures). */
    record Shown(Map<String, Object> filter, List<FigureSheet> sheets) {

        static Shown of(PeriodChoice choice, UUID owner, List<FigureSheet> sheets) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("from", choice.period().from().toString());
            filter.put("to", choice.period().to().toString());
            filter.put("owner", owner == null ? null : owner.toString());
            return new Shown(filter, sheets);
        }
    }

    private void download(DownloadEvent event, Dashboard dashboard, String fileName, Shown shown, Locale locale)
            throws java.io.IOException {
        event.setFileName(export.fileName(fileName));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            export.write("dashboard:" + dashboard.name(), shown.filter(), shown.sheets(), out, locale);
        }
    }
}
