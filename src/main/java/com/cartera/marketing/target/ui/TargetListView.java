package com.cartera.marketing.target.ui;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.TargetStatus;
import com.cartera.marketing.target.ResponseImport;
import com.cartera.marketing.target.TargetListExport;
import com.cartera.marketing.target.TargetMembers;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;

/**
 * One target list: what it was built from and when, its members (status by status, bulk changes), who was left out
 * and why, response file import, and the export for a mailing tool.
 */
@Route("marketing/lists/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class TargetListView extends VerticalLayout implements BeforeEnterObserver, HasHeading {

    final H2 title = new H2();
    final Anchor campaignLink = new Anchor();
    final Paragraph facts = new Paragraph();
    final Paragraph statusCounts = new Paragraph();
    Anchor exportXlsx;
    Anchor exportCsv;
    TabSheet tabs;
    MembersPanel members;
    ExclusionsPanel exclusions;
    ResponseImportPanel responses;

    private final TargetLists lists;
    private final TargetMembers targetMembers;
    private final ResponseImport responseImport;
    private final TargetListExport export;
    private final CurrentUser currentUser;
    private final DateTimeFormatter when;
    private TargetListSummary list;

    public TargetListView(TargetLists lists, TargetMembers targetMembers, ResponseImport responseImport,
                          TargetListExport export, CurrentUser currentUser, WorkspaceCalendar calendar) {
        this.lists = lists;
        this.targetMembers = targetMembers;
        this.responseImport = responseImport;
        this.export = export;
        this.currentUser = currentUser;
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(calendar.zone());
        addClassName("target-list-view");
        setSizeFull();
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TargetListSummary> found = event.getRouteParameters().get("id").flatMap(TargetListView::parse)
                .flatMap(lists::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("marketing.list.not-found"));
            event.forwardTo("");
            return;
        }
        list = found.get();
        removeAll();
        boolean mayChange = ListWriters.mayChange(currentUser);
        campaignLink.setText(getTranslation("marketing.list.to-campaign-lists"));
        campaignLink.setHref("marketing/campaigns/" + list.campaignId() + "/lists");
        Locale locale = getLocale();
        exportXlsx = new Anchor();
        exportCsv = new Anchor();
        tabs = new TabSheet();
        exportXlsx.setHref(download -> download(download, TargetListExport.Format.XLSX, locale));
        exportXlsx.add(exportButton("marketing.list.export.xlsx"));
        exportCsv.setHref(download -> download(download, TargetListExport.Format.CSV, locale));
        exportCsv.add(exportButton("marketing.list.export.csv"));
        var actions = new HorizontalLayout(campaignLink, exportXlsx, exportCsv);
        actions.setAlignItems(Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");

        members = new MembersPanel(targetMembers, list.id(), mayChange, when, this::reload);
        exclusions = new ExclusionsPanel(targetMembers, list.id());
        tabs.add(getTranslation("marketing.list.tab.members"), members);
        tabs.add(getTranslation("marketing.list.tab.exclusions"), exclusions);
        if (mayChange) {
            responses = new ResponseImportPanel(responseImport, list.id(), this::reloadAll);
            tabs.add(getTranslation("marketing.list.tab.import"), responses);
        }
        tabs.setWidthFull();
        showFacts();
        add(title, facts, statusCounts, actions, tabs);
        setFlexGrow(1, tabs);
    }

    private Button exportButton(String key) {
        var button = new Button(getTranslation(key), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("marketing.list.export.tooltip"));
        return button;
    }

    private void download(DownloadEvent event, TargetListExport.Format format, Locale locale)
            throws java.io.IOException {
        boolean csv = format == TargetListExport.Format.CSV;
        event.setFileName("lista-" + list.id() + (csv ? ".csv" : ".xlsx"));
        event.setContentType(csv ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            export.write(list.id(), format, out, locale);
        }
    }

    private void reload() {
        lists.find(list.id()).ifPresent(fresh -> list = fresh);
        showFacts();
    }

    private void reloadAll() {
        reload();
        members.refresh();
    }

    private void showFacts() {
        title.setText(heading());
        facts.setText(getTranslation("marketing.list.facts", list.label(), when.format(list.frozenAt()),
                list.members(), list.excluded()));
        StringBuilder counts = new StringBuilder();
        for (TargetStatus status : TargetStatus.values()) {
            if (!counts.isEmpty()) {
                counts.append(" · ");
            }
            counts.append(getTranslation("marketing.list.status." + status)).append(": ").append(list.count(status));
        }
        statusCounts.setText(counts.toString());
    }

    @Override
    public String heading() {
        return list == null ? getTranslation("marketing.list.title") : getTranslation("marketing.list.title-named",
                list.name());
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
