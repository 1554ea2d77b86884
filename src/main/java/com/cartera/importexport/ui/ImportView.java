package com.cartera.importexport.ui;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.importexport.CellError;
import com.cartera.importexport.ColumnMapping;
import com.cartera.importexport.ImportBatch;
import com.cartera.importexport.ImportField;
import com.cartera.importexport.ImportFile;
import com.cartera.importexport.ImportJob;
import com.cartera.importexport.ImportKind;
import com.cartera.importexport.ImportMode;
import com.cartera.importexport.ImportProblem;
import com.cartera.importexport.ImportProperties;
import com.cartera.importexport.ImportService;
import com.cartera.importexport.ImportStatus;
import com.cartera.importexport.Inspection;
import com.cartera.importexport.ImportTemplateFiles;
import com.cartera.importexport.MappingTemplate;
import com.cartera.importexport.MappingTemplates;
import com.cartera.importexport.MatchKey;
import com.cartera.importexport.SheetPreview;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The import wizard: upload a file, choose the sheet and its header row, map columns to fields (suggested from
 * the headers, or from a saved template), check the first rows, choose what to do with matches, and follow the
 * background job, which goes on while the person is elsewhere: coming back shows it again.
 */
@Route("import")
@Menu(title = "menu.import", order = 80, icon = "vaadin:upload")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.FINANCE})
public class ImportView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    static final int POLL_MILLIS = 1000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Step 1: what and which file.
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload;
    final Anchor templateLink = new Anchor();
    final Span fileProblem = new Span();
    // The file is read in the background; the wizard follows it and can stop it.
    final Div reading = new Div();
    final ProgressBar readingProgress = new ProgressBar();
    final Span readingStatus = new Span();
    final Button cancelReading = new Button();

    // Step 2: the sheet and its header row.
    final Div sheetStep = new Div();
    final Select<Integer> sheet = new Select<>();
    final IntegerField headerRow = new IntegerField();
    final Span sheetSummary = new Span();

    // Step 3: columns to fields, checked on the first rows, and what to do with matches.
    final Div mappingStep = new Div();
    final FormLayout columns = new FormLayout();
    final List<ComboBox<ImportField>> columnFields = new ArrayList<>();
    final Select<MappingTemplate> template = new Select<>();
    final TextField templateName = new TextField();
    final Button saveTemplate = new Button();
    final Grid<SheetPreview.PreviewRow> preview = new Grid<>();
    final Span previewSummary = new Span();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Select<MatchKey> matchKey = new Select<>();
    final Button start = new Button();

    // Step 4: the job.
    final Div jobStep = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span jobStatus = new Span();
    final Span jobCounts = new Span();
    final Button cancel = new Button();
    final Anchor errorReport = new Anchor();
    final Grid<ImportBatch> batches = new Grid<>();
    final Grid<ImportJob> recentJobs = new Grid<>();
    final Button newImport = new Button();

    private final ImportService imports;
    private final MappingTemplates templates;
    private final ImportTemplateFiles templateFiles;
    private final boolean admin;
    private final Locale locale;
    private Inspection inspection;
    /** The uploaded file while it is first opened, before it becomes {@link #file}. */
    private File opening;
    private ImportFile file;
    private SheetPreview sheetPreview;
    private Map<Integer, List<CellError>> previewProblems = Map.of();
    private Long shownJob;
    private boolean submitted;
    private boolean jobRunning;
    private Registration polling;

    public ImportView(ImportService imports, MappingTemplates templates, ImportTemplateFiles templateFiles,
                      ImportProperties properties, CurrentUser currentUser) {
        this.imports = imports;
        this.templates = templates;
        this.templateFiles = templateFiles;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
        this.locale = getLocale();
        addClassName("import-view");
        setWidthFull();

        SignedInUser user = currentUser.require();
        var intro = new Paragraph(getTranslation(admin ? "import.intro"
                : user.hasRole(Role.MARKETING) ? "import.intro.marketing" : "import.intro.finance"));
        var batchesNote = new Paragraph(getTranslation("import.batches-note", properties.batchSize()) + " "
                + getTranslation("import.indexes-note",
                NumberFormat.getIntegerInstance(locale).format(properties.suspendIndexesFrom())));
        batchesNote.addClassName("import-note");

        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(kindsFor(user));
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.setValue(kind.getListDataView().getItem(0));
        kind.addValueChangeListener(e -> {
            updateTemplateLink();
            if (file != null) {
                showSheet(sheet.getValue(), null);
            }
        });
        updateTemplateLink();
        templateLink.setId("import-template-link");

        upload = new Upload(new LimitedUpload(properties.maxFileBytes(), this::received,
                name -> showFileProblem(getTranslation("import.upload.too-large", name,
                        NumberFormat.getIntegerInstance(locale).format(properties.maxFileBytes() / (1024 * 1024))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxFileBytes()));
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        upload.addFileRejectedListener(e -> showFileProblem(getTranslation("import.upload.rejected", e.getFileName())));
        fileProblem.addClassName("import-problem");
        fileProblem.setVisible(false);
        readingProgress.setIndeterminate(true);
        cancelReading.setText(getTranslation("import.reading.cancel"));
        cancelReading.addClickListener(e -> cancelReading());
        reading.add(readingStatus, readingProgress, cancelReading);
        reading.setWidthFull();
        reading.setVisible(false);
        var uploadStep = new VerticalLayout(new H3(getTranslation("import.step.file")), kind, upload, templateLink,
                fileProblem, reading);
        uploadStep.setPadding(false);

        buildSheetStep();
        buildMappingStep();
        buildJobStep();

        var recentStep = new Div(new H3(getTranslation("import.recent")), recentJobs);
        recentStep.setWidthFull();
        // Full width, so that a wide mapping form or preview scrolls inside its step, not the page sideways.
        sheetStep.setWidthFull();
        mappingStep.setWidthFull();
        jobStep.setWidthFull();
        add(intro, batchesNote, uploadStep, sheetStep, mappingStep, jobStep, recentStep);
        sheetStep.setVisible(false);
        mappingStep.setVisible(false);
        jobStep.setVisible(false);
    }

    private void buildSheetStep() {
        sheet.setLabel(getTranslation("import.sheet"));
        sheet.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showSheet(e.getValue(), null);
            }
        });
        headerRow.setLabel(getTranslation("import.header-row"));
        headerRow.setMin(1);
        headerRow.setStepButtonsVisible(true);
        headerRow.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() >= 1) {
                showSheet(sheet.getValue(), e.getValue() - 1);
            }
        });
        var fields = new HorizontalLayout(sheet, headerRow);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        sheetSummary.addClassName("import-summary");
        sheetStep.add(new H3(getTranslation("import.step.sheet")), fields, sheetSummary);
    }

    private void buildMappingStep() {
        template.setLabel(getTranslation("import.template"));
        template.setWidth("18rem");
        template.setItemLabelGenerator(t -> t == null ? getTranslation("import.template.suggested") : t.name());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("import.template.suggested"));
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && sheetPreview != null) {
                applyMapping(e.getValue() == null ? new ColumnMapping(sheetPreview.suggestions())
                        : e.getValue().apply(sheetPreview.headers()));
            }
        });
        templateName.setLabel(getTranslation("import.template.name"));
        saveTemplate.setText(getTranslation("import.template.save"));
        saveTemplate.addClickListener(e -> saveTemplate());
        var templateBar = new HorizontalLayout(template, templateName, saveTemplate);
        templateBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        columns.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        columns.setWidthFull();

        preview.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        preview.setAllRowsVisible(true);
        preview.setWidthFull();
        preview.addClassName("import-preview");

        mode.setLabel(getTranslation("import.mode"));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.mode." + m));
        mode.setValue(ImportMode.CREATE_ONLY);
        mode.addValueChangeListener(e -> matchKey.setVisible(e.getValue() != ImportMode.CREATE_ONLY));
        matchKey.setLabel(getTranslation("import.match-key"));
        matchKey.setItems(MatchKey.values());
        matchKey.setItemLabelGenerator(k -> getTranslation("import.match-key." + k));
        matchKey.setValue(MatchKey.EMAIL);
        matchKey.setVisible(false);

        start.setText(getTranslation("import.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startImport());

        var modeBar = new HorizontalLayout(mode, matchKey);
        modeBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        mappingStep.add(new H3(getTranslation("import.step.mapping")), templateBar, columns,
                new H3(getTranslation("import.step.preview")), previewSummary, preview, modeBar, start);
    }

    private void buildJobStep() {
        progress.setMin(0);
        progress.setMax(1);
        jobStatus.addClassName("import-job-status");
        cancel.setText(getTranslation("import.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            if (shownJob != null) {
                imports.cancel(shownJob);
                Notifications.warning(getTranslation("import.cancel.requested"));
                refreshJob();
            }
        });
        errorReport.setText(getTranslation("import.error-report"));
        errorReport.setVisible(false);
        batches.addColumn(ImportBatch::number).setHeader(getTranslation("import.batch.number")).setAutoWidth(true);
        batches.addColumn(b -> b.firstRow() + "–" + b.lastRow()).setHeader(getTranslation("import.batch.rows"));
        batches.addColumn(ImportBatch::created).setHeader(getTranslation("import.count.created"));
        batches.addColumn(ImportBatch::updated).setHeader(getTranslation("import.count.updated"));
        batches.addColumn(ImportBatch::skipped).setHeader(getTranslation("import.count.skipped"));
        batches.addColumn(ImportBatch::failed).setHeader(getTranslation("import.count.failed"));
        batches.addColumn(b -> time(b.committedAt())).setHeader(getTranslation("import.batch.committed"));
        batches.setAllRowsVisible(true);
        newImport.setText(getTranslation("import.new"));
        newImport.addClickListener(e -> UI.getCurrent().getPage().reload());
        var jobActions = new HorizontalLayout(cancel, errorReport, newImport);
        jobActions.setAlignItems(FlexComponent.Alignment.CENTER);
        jobStep.add(new H3(getTranslation("import.step.job")), jobStatus, progress, jobCounts, jobActions, batches);

        recentJobs.addColumn(job -> time(job.getSubmittedAt())).setHeader(getTranslation("import.job.submitted"))
                .setAutoWidth(true);
        recentJobs.addColumn(ImportJob::getFileName).setHeader(getTranslation("import.job.file")).setFlexGrow(2);
        recentJobs.addColumn(job -> getTranslation("import.kind." + job.getKind()))
                .setHeader(getTranslation("import.kind"));
        recentJobs.addColumn(job -> getTranslation("import.status." + job.getStatus()))
                .setHeader(getTranslation("import.job.status"));
        recentJobs.addColumn(job -> job.getCreatedCount() + " / " + job.getUpdatedCount() + " / "
                + job.getSkippedCount() + " / " + job.getFailedCount())
                .setHeader(getTranslation("import.job.counts"));
        recentJobs.setAllRowsVisible(true);
        recentJobs.addItemClickListener(e -> showJob(e.getItem().getId()));
    }

    // --- step 1 ------------------------------------------------------------------------------------------

    private void updateTemplateLink() {
        ImportKind chosen = kind.getValue();
        templateLink.setHref(event -> download(event, templateFiles.fileName(chosen, locale),
                out -> templateFiles.write(chosen, out, locale)));
        templateLink.setText(getTranslation("import.template.download." + chosen));
    }

    private void received(String fileName, File uploaded) {
        discardFile();
        fileProblem.setVisible(false);
        sheetStep.setVisible(false);
        mappingStep.setVisible(false);
        submitted = false;
        opening = uploaded;
        read(() -> imports.inspect(uploaded, fileName, kind.getValue()));
    }

    /** Starts reading in the background (stopping a reading still under way) and follows it by polling. */
    private void read(Supplier<Inspection> start) {
        if (inspection != null) {
            inspection.cancel();
        }
        try {
            inspection = start.get();
        } catch (ImportProblem busy) {
            inspection = null;
            showReadingProblem(busy);
            return;
        }
        readingStatus.setText(getTranslation("import.reading", 0));
        reading.setVisible(true);
        updatePolling();
    }

    /** Shows how far the reading got; once it is done, its result. */
    void refreshReading() {
        if (inspection == null) {
            return;
        }
        if (!inspection.isDone()) {
            readingStatus.setText(getTranslation("import.reading",
                    NumberFormat.getIntegerInstance(locale).format(inspection.rowsRead())));
            return;
        }
        Inspection done = inspection;
        inspection = null;
        reading.setVisible(false);
        updatePolling();
        Inspection.Inspected result;
        try {
            result = done.result();
        } catch (ImportProblem problem) {
            showReadingProblem(problem);
            return;
        }
        if (file == null) {
            file = result.file();
            opening = null;
            sheet.setItems(IntStream.range(0, file.sheetNames().size()).boxed().toList());
            sheet.setItemLabelGenerator(index -> file.sheetNames().get(index));
            sheet.setValue(result.preview().sheet());
        }
        sheetStep.setVisible(true);
        showPreview(result.preview());
    }

    private void cancelReading() {
        if (inspection != null) {
            inspection.cancel();
            refreshReading();
        }
    }

    private void showReadingProblem(ImportProblem problem) {
        reading.setVisible(false);
        updatePolling();
        if (file == null) {
            discardFile();
            showFileProblem(ImportMessages.text(this, problem));
            return;
        }
        sheetPreview = null;
        showFileProblem(ImportMessages.text(this, problem));
        sheetStep.setVisible(true);
    }

    private void showFileProblem(String message) {
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        sheetStep.setVisible(false);
        mappingStep.setVisible(false);
        Notifications.error(message);
    }

    // --- step 2 ------------------------------------------------------------------------------------------

    private void showSheet(int index, Integer header) {
        mappingStep.setVisible(false);
        read(() -> imports.inspect(file, index, header, kind.getValue()));
    }

    private void showPreview(SheetPreview preview) {
        sheetPreview = preview;
        fileProblem.setVisible(false);
        headerRow.setValue(sheetPreview.headerRow() + 1);
        var summary = new ArrayList<String>();
        summary.add(getTranslation("import.sheet.rows", NumberFormat.getIntegerInstance(locale)
                .format(sheetPreview.dataRows()), sheetPreview.headers().size()));
        if (sheetPreview.mergedAreas() > 0) {
            summary.add(getTranslation("import.sheet.merged", sheetPreview.mergedAreas()));
        }
        if (!sheetPreview.duplicateHeaders().isEmpty()) {
            summary.add(getTranslation("import.sheet.duplicate-headers",
                    String.join(", ", sheetPreview.duplicateHeaders())));
        }
        if (sheetPreview.date1904()) {
            summary.add(getTranslation("import.sheet.date1904"));
        }
        sheetSummary.setText(String.join(" ", summary));
        template.setItems(templates.list(kind.getValue()));
        buildColumnFields();
        applyMapping(new ColumnMapping(sheetPreview.suggestions()));
        mappingStep.setVisible(true);
    }

    // --- step 3 ------------------------------------------------------------------------------------------

    private void buildColumnFields() {
        columns.removeAll();
        columnFields.clear();
        List<ImportField> fields = ImportField.of(kind.getValue()).stream()
                .filter(field -> admin || field != ImportField.OWNER).toList();
        for (String header : sheetPreview.headers()) {
            var field = new ComboBox<ImportField>(header);
            field.setItems(fields);
            field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
            field.setPlaceholder(getTranslation("import.column.skip"));
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    checkPreview();
                }
            });
            columnFields.add(field);
            columns.add(field);
        }
    }

    private void applyMapping(ColumnMapping mapping) {
        for (int column = 0; column < columnFields.size(); column++) {
            columnFields.get(column).setValue(mapping.fields().get(column));
        }
        checkPreview();
    }

    ColumnMapping mapping() {
        var fields = new HashMap<Integer, ImportField>();
        for (int column = 0; column < columnFields.size(); column++) {
            if (columnFields.get(column).getValue() != null) {
                fields.put(column, columnFields.get(column).getValue());
            }
        }
        return new ColumnMapping(fields);
    }

    private void checkPreview() {
        previewProblems = imports.check(sheetPreview, kind.getValue(), mapping());
        preview.removeAllColumns();
        preview.addColumn(SheetPreview.PreviewRow::row).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        List<String> headers = sheetPreview.headers();
        for (int column = 0; column < headers.size(); column++) {
            int at = column;
            preview.addComponentColumn(row -> cell(row, at)).setHeader(headers.get(column)).setAutoWidth(true)
                    .setKey("column-" + column);
        }
        preview.addColumn(row -> previewProblems.getOrDefault(row.row(), List.of()).stream()
                        .map(error -> ImportMessages.text(this, error, headers)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.preview.problems")).setAutoWidth(true).setKey("problems");
        preview.setItems(sheetPreview.rows());
        long wrong = sheetPreview.rows().stream().filter(row -> previewProblems.containsKey(row.row())).count();
        previewSummary.setText(getTranslation("import.preview.summary", sheetPreview.rows().size(), wrong));
    }

    private Component cell(SheetPreview.PreviewRow row, int column) {
        String value = column < row.cells().size() ? row.cells().get(column) : null;
        var span = new Span(value == null ? "" : value);
        previewProblems.getOrDefault(row.row(), List.of()).stream()
                .filter(error -> error.column() != null && error.column() == column)
                .findFirst()
                .ifPresent(error -> {
                    span.addClassName("import-cell-error");
                    span.getElement().setAttribute("title", ImportMessages.text(this, error, sheetPreview.headers()));
                });
        return span;
    }

    private void saveTemplate() {
        try {
            templates.save(kind.getValue(), templateName.getValue(), sheetPreview.headers(), mapping());
        } catch (ImportProblem problem) {
            templateName.setInvalid(true);
            templateName.setErrorMessage(ImportMessages.text(this, problem));
            return;
        }
        templateName.setInvalid(false);
        Notifications.success(getTranslation("import.template.saved", templateName.getValue().strip()));
        template.setItems(templates.list(kind.getValue()));
    }

    private void startImport() {
        long jobId;
        try {
            jobId = imports.submit(file, sheetPreview, kind.getValue(), mapping(), mode.getValue(),
                    matchKey.getValue());
        } catch (ImportProblem problem) {
            Notifications.error(ImportMessages.text(this, problem));
            return;
        } catch (AccessDeniedException denied) {
            Notifications.error(getTranslation("import.forbidden"));
            return;
        }
        submitted = true;
        sheetStep.setVisible(false);
        mappingStep.setVisible(false);
        showJob(jobId);
    }

    // --- step 4 ------------------------------------------------------------------------------------------

    void showJob(long jobId) {
        shownJob = jobId;
        jobStep.setVisible(true);
        long id = jobId;
        errorReport.setHref(event -> download(event, getTranslation("import.error-report.file", id) + ".xlsx",
                out -> imports.writeErrorReport(id, out, locale)));
        refreshJob();
    }

    void refreshJob() {
        if (shownJob == null) {
            return;
        }
        ImportJob job = imports.job(shownJob).orElse(null);
        if (job == null) {
            return;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        progress.setValue(job.progress());
        String status = getTranslation("import.status." + job.getStatus()) + " · " + job.getFileName() + " · "
                + getTranslation("import.job.rows", numbers.format(job.getProcessedRows()),
                numbers.format(job.getTotalRows()));
        if (job.getProblemKey() != null) {
            status += " · " + ImportMessages.text(this, job.getProblemKey(), job.problemArguments());
        }
        if (job.getStatus() == ImportStatus.RUNNING && job.isRebuildingIndexes()) {
            status += " · " + getTranslation("import.job.rebuilding-indexes");
        }
        jobStatus.setText(status);
        jobCounts.setText(getTranslation("import.job.result", numbers.format(job.getCreatedCount()),
                numbers.format(job.getUpdatedCount()), numbers.format(job.getSkippedCount()),
                numbers.format(job.getFailedCount())));
        cancel.setVisible(!job.getStatus().finished());
        cancel.setEnabled(!job.isCancelRequested());
        errorReport.setVisible(job.getSkippedCount() + job.getFailedCount() > 0);
        batches.setItems(imports.batches(job.getId()));
        recentJobs.setItems(imports.recentJobs());
        jobRunning = !job.getStatus().finished();
        updatePolling();
    }

    /** Polls while a file is being read or a job runs. */
    private void updatePolling() {
        poll(inspection != null || jobRunning);
    }

    private void poll(boolean on) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (on && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                refreshReading();
                if (jobRunning) {
                    refreshJob();
                }
            });
        } else if (!on && polling != null) {
            ui.setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        List<ImportJob> recent = imports.recentJobs();
        recentJobs.setItems(recent);
        if (shownJob == null) {
            recent.stream().filter(job -> job.getStatus() == ImportStatus.QUEUED || job.getStatus() == ImportStatus.RUNNING)
                    .findFirst().ifPresent(job -> showJob(job.getId()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (inspection != null) {
            inspection.cancel();
            inspection = null;
        }
        jobRunning = false;
        poll(false);
        if (!submitted) {
            discardFile();
        }
        super.onDetach(detachEvent);
    }

    private void discardFile() {
        if (inspection != null) {
            inspection.cancel();
            inspection = null;
        }
        if (file != null && !submitted) {
            deleteQuietly(file.file());
        }
        if (opening != null) {
            deleteQuietly(opening);
        }
        file = null;
        opening = null;
    }

    private static void deleteQuietly(File uploaded) {
        try {
            Files.deleteIfExists(uploaded.toPath());
        } catch (IOException e) {
            // A temporary file: the operating system removes it eventually.
        }
    }

    private String time(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out);
    }

    private static void download(DownloadEvent event, String fileName, Writer writer) throws IOException {
        event.setFileName(fileName);
        event.setContentType(XLSX);
        try (OutputStream out = event.getOutputStream()) {
            writer.write(out);
        }
    }

    /** What the person may import: admins everything, marketing customers and spend, finance invoices and payments. */
    private List<ImportKind> kindsFor(SignedInUser user) {
        if (admin) {
            return List.of(ImportKind.values());
        }
        var kinds = new java.util.ArrayList<ImportKind>();
        if (user.hasRole(Role.MARKETING)) {
            kinds.addAll(List.of(ImportKind.CUSTOMERS, ImportKind.SPEND));
        }
        if (user.hasRole(Role.FINANCE)) {
            kinds.addAll(List.of(ImportKind.INVOICES, ImportKind.PAYMENTS));
        }
        return kinds;
    }

    /** {@code ?kind=SPEND} opens the wizard on that kind (the spend page links here so). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("kind")
                .flatMap(name -> java.util.Arrays.stream(ImportKind.values()).filter(k -> k.name().equals(name))
                        .findFirst())
                .filter(chosen -> kind.getListDataView().contains(chosen) && file == null)
                .ifPresent(kind::setValue);
    }

    @Override
    public String heading() {
        return getTranslation("menu.import");
    }
}
