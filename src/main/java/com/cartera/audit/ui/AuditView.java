package com.cartera.audit.ui;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.cartera.audit.AuditExport;
import com.cartera.audit.AuditFilter;
import com.cartera.audit.AuditRecord;
import com.cartera.audit.AuditSearch;
import com.cartera.audit.FieldChange;
import com.cartera.audit.SignInRecord;
import com.cartera.base.ui.HasHeading;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's audit screen: every recorded change of the workspace, filtered by period, person, action, record
 * type, customer or text, each with its fields' old and new values; the filtered entries as an .xlsx; and the
 * sign-ins of the workspace's members.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends VerticalLayout implements HasHeading {

    /** Times are shown in the zone the other screens use. */
    static final ZoneId ZONE = ZoneId.systemDefault();

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<UUID> person = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> entityType = new ComboBox<>();
    final IntegerField customer = new IntegerField();
    final TextField text = new TextField();
    final Grid<AuditRecord> grid = new Grid<>();
    final Grid<SignInRecord> signIns = new Grid<>();
    final Anchor export = new Anchor();

    private final AuditSearch search;
    private final Map<UUID, String> people;
    private final DateTimeFormatter time;

    public AuditView(AuditSearch search, AuditExport auditExport) {
        this.search = search;
        this.people = search.people();
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale());
        setSizeFull();

        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        // The period's order is checked here, across both fields; the field's own check would clear the mark.
        to.setManualValidation(true);
        person.setLabel(getTranslation("audit.who"));
        person.setItems(people.keySet());
        person.setItemLabelGenerator(id -> people.getOrDefault(id, id.toString()));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(search.actions());
        entityType.setLabel(getTranslation("audit.entity-type"));
        entityType.setItems(search.entityTypes());
        customer.setLabel(getTranslation("audit.customer"));
        customer.setMin(1);
        text.setLabel(getTranslation("audit.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        for (HasValue<?, ?> field : List.of(from, to, person, action, entityType, customer, text)) {
            field.addValueChangeListener(e -> refresh());
        }
        person.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        entityType.setClearButtonVisible(true);

        var exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        Locale locale = getLocale();
        export.setHref(event -> download(event, auditExport, filter(), locale));

        var filters = new HorizontalLayout(from, to, person, action, entityType, customer, text, export);
        filters.setWrap(true);
        // Narrow enough that two filters share a line on a phone instead of one each.
        List.<HasSize>of(from, to, person, action, entityType, customer, text).forEach(field -> field.setWidth("10rem"));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(r -> time.format(r.occurredAt().atZone(ZONE))).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> who(r.actorId())).setHeader(getTranslation("audit.who")).setFlexGrow(1);
        grid.addColumn(r -> label("audit.action.", r.action())).setHeader(getTranslation("audit.action")).setFlexGrow(1);
        grid.addColumn(r -> r.entityType() == null ? "" : label("audit.entity.", r.entityType()) + (r.entityId() == null
                ? "" : " #" + r.entityId())).setHeader(getTranslation("audit.entity-type")).setFlexGrow(1);
        grid.addColumn(r -> r.customerId() == null ? "" : r.customerId().toString())
                .setHeader(getTranslation("audit.customer")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.summary() == null ? "" : r.summary()).setHeader(getTranslation("audit.summary")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::detail));
        grid.setItems(query -> {
            AuditFilter filter = filter();
            return filter == null ? Stream.empty() : search.find(filter, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            AuditFilter filter = filter();
            return filter == null ? 0 : search.count(filter);
        });
        grid.setSizeFull();

        signIns.addColumn(s -> time.format(s.occurredAt().atZone(ZONE))).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        signIns.addColumn(SignInRecord::email).setHeader(getTranslation("audit.sign-in.email")).setFlexGrow(2);
        signIns.addColumn(s -> getTranslation("audit.sign-in.method." + s.method()))
                .setHeader(getTranslation("audit.sign-in.method")).setFlexGrow(1);
        signIns.addColumn(s -> getTranslation("audit.sign-in.outcome." + s.outcome()))
                .setHeader(getTranslation("audit.sign-in.outcome")).setFlexGrow(1);
        signIns.addColumn(s -> s.remoteAddress() == null ? "" : s.remoteAddress())
                .setHeader(getTranslation("audit.sign-in.address")).setFlexGrow(1);
        signIns.setItems(query -> filter() == null ? Stream.empty()
                        : search.signIns(start(), end(), query.getOffset(), query.getLimit()).stream(),
                query -> filter() == null ? 0 : search.countSignIns(start(), end()));
        signIns.setSizeFull();

        var tabs = new TabSheet();
        tabs.add(getTranslation("audit.tab.changes"), grid);
        tabs.add(getTranslation("audit.tab.sign-ins"), signIns);
        tabs.setSizeFull();
        add(filters, tabs);
        setFlexGrow(1, tabs);
    }

    /** The filter the fields describe, or null while the period is the wrong way round. */
    AuditFilter filter() {
        if (!periodValid()) {
            return null;
        }
        String words = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new AuditFilter(start(), end(), person.getValue(), action.getValue(), entityType.getValue(),
                customer.getValue() == null ? null : customer.getValue().longValue(), words);
    }

    private boolean periodValid() {
        return from.getValue() == null || to.getValue() == null || !to.getValue().isBefore(from.getValue());
    }

    private Instant start() {
        return from.getValue() == null ? null : from.getValue().atStartOfDay(ZONE).toInstant();
    }

    /** The end of the period: the start of the day after the last day chosen. */
    private Instant end() {
        LocalDate last = to.getValue();
        return last == null ? null : last.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private void refresh() {
        boolean valid = periodValid();
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("audit.to.before-from"));
        grid.getDataProvider().refreshAll();
        signIns.getDataProvider().refreshAll();
    }

    /** The detail under a row: each field's old and new value, and the entry's other details. */
    Component detail(AuditRecord record) {
        var detail = new Div();
        detail.addClassName("audit-detail");
        if (record.changes().isEmpty() && (record.details() == null || "{}".equals(record.details()))) {
            detail.add(new Span(getTranslation("audit.detail.none")));
        }
        for (FieldChange change : record.changes()) {
            var line = new Div(new Span(change.describe()));
            line.addClassName("audit-change");
            detail.add(line);
        }
        if (record.details() != null && !"{}".equals(record.details())) {
            detail.add(new Div(new Span(getTranslation("audit.details") + ": " + record.details())));
        }
        return detail;
    }

    private String who(UUID actor) {
        return actor == null ? getTranslation("audit.who.system") : people.getOrDefault(actor, actor.toString());
    }

    /** A translated name for a known action or record type; the stored code for others. */
    private String label(String prefix, String code) {
        String translated = getTranslation(prefix + code);
        return translated.startsWith("!{") ? code : translated;
    }

    private static void download(DownloadEvent event, AuditExport export, AuditFilter filter, Locale locale)
            throws java.io.IOException {
        AuditFilter effective = filter == null ? AuditFilter.NONE : filter;
        event.setFileName(export.fileName(locale, ZONE));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = event.getOutputStream()) {
            export.write(effective, out, locale, ZONE);
        }
    }

    @Override
    public String heading() {
        return getTranslation("audit.title");
    }
}
