package com.cartera.importexport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.importexport.ImportField;
import com.cartera.importexport.ImportKind;
import com.cartera.importexport.ImportMode;
import com.cartera.importexport.ImportService;
import com.cartera.importexport.MappingTemplates;
import com.cartera.importexport.MatchKey;
import com.cartera.importexport.SpreadsheetFixtures;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every step of the import wizard, in the browserless UI, on the real services and database. */
@CarteraIntegrationTest
class ImportViewTest extends KaribuTest {

    private SignedInUser admin;

    @BeforeEach
    void aWorkspace() {
        admin = data.newWorkspace("Asistente " + TestData.uniqueSlug("a"));
    }

    private ImportView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    /** Uploads the file and waits until the wizard has read it in the background, as polling would. */
    private static void upload(ImportView view, String name, byte[] content) {
        UploadKt._upload(view.upload, name, "application/octet-stream", content);
        MockVaadin.clientRoundtrip(false);
        read(view);
    }

    /** Waits for the reading under way, then lets the wizard show its result as its next poll would. */
    private static void read(ImportView view) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (view.reading.isVisible()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The file was not read within 60 s");
            }
            view.refreshReading();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static byte[] customers() {
        return SpreadsheetFixtures.bytes(SpreadsheetFixtures.resource("customers.xlsx"));
    }

    @Test
    void stepOneOffersTheKindsAndTemplatesAndExplainsHowBatchesAreApplied() {
        ImportView view = open(admin);
        assertThat(view.kind.getListDataView().getItems()).containsExactly(ImportKind.CUSTOMERS, ImportKind.PURCHASES,
                ImportKind.SPEND, ImportKind.INVOICES, ImportKind.PAYMENTS);
        assertThat(view.templateLink.getText()).isEqualTo("Descargar plantilla de clientes (.xlsx)");
        _setValue(view.kind, ImportKind.PURCHASES);
        assertThat(view.templateLink.getText()).isEqualTo("Descargar plantilla de compras (.xlsx)");
        assertThat(textOf(view)).contains("lotes de 2.000", "se han aplicado exactamente los lotes de la lista",
                "desde 4.000 filas", "se reconstruyen al final");
        assertThat(view.sheetStep.isVisible()).isFalse();
        assertThat(view.mappingStep.isVisible()).isFalse();
    }

    @Test
    void aBadFileGetsAClearMessageNamingIt() {
        ImportView view = open(admin);
        upload(view, "factura.xlsx", "%PDF-1.7 no es una hoja".getBytes());
        assertThat(view.fileProblem.isVisible()).isTrue();
        assertThat(view.fileProblem.getText()).isEqualTo(
                "«factura.xlsx» no es un archivo de Excel (.xlsx) ni un CSV. Guárdalo como .xlsx y súbelo de nuevo.");
        assertThat(view.sheetStep.isVisible()).isFalse();

        upload(view, "clientes.xls", SpreadsheetFixtures.bytes(SpreadsheetFixtures.resource("customers.xls")));
        assertThat(view.fileProblem.getText()).contains("«clientes.xls»", "formato antiguo");
    }

    @Test
    void stepTwoShowsTheSheetsTheDetectedHeaderRowAndWhatIsOddAboutTheSheet() {
        ImportView view = open(admin);
        upload(view, "clientes.xlsx", customers());

        assertThat(view.fileProblem.isVisible()).isFalse();
        assertThat(view.sheetStep.isVisible()).isTrue();
        assertThat(view.sheet.getListDataView().getItems()).containsExactly(0, 1);
        assertThat(view.headerRow.getValue()).isEqualTo(3);
        assertThat(view.sheetSummary.getText()).contains("3 filas de datos", "Hay 1 zona de celdas combinadas",
                "Encabezados repetidos: Correo electrónico");

        // Choosing the title line as header row shows its text as the only column header.
        _setValue(view.headerRow, 1);
        read(view);
        assertThat(view.columnFields).extracting(field -> field.getLabel()).startsWith("Listado de clientes exportado del ERP");
        _setValue(view.headerRow, 3);
        read(view);
        assertThat(view.columnFields).extracting(field -> field.getLabel()).startsWith("Nombre", "Apellidos");
    }

    @Test
    void theFileIsReadInTheBackgroundWhileTheWizardShowsProgress() {
        ImportView view = open(admin);
        UploadKt._upload(view.upload, "clientes.xlsx", "application/octet-stream", customers());
        MockVaadin.clientRoundtrip(false);

        // The upload request only starts the reading; the page polls for its progress and result.
        assertThat(view.reading.isVisible()).isTrue();
        assertThat(view.readingStatus.getText()).startsWith("Leyendo el archivo…");
        assertThat(view.readingProgress.isIndeterminate()).isTrue();
        assertThat(view.cancelReading.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ImportView.POLL_MILLIS);
        read(view);
        assertThat(view.mappingStep.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedNamingTheLimit() {
        ImportView view = open(admin);
        long limit = context.getBean(com.cartera.importexport.ImportProperties.class).maxFileBytes();
        UploadKt._upload(view.upload, "enorme.csv", "text/csv", new byte[(int) limit + 1]);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.reading.isVisible()).isFalse();
        assertThat(view.fileProblem.isVisible()).isTrue();
        assertThat(view.fileProblem.getText()).isEqualTo("«enorme.csv» ocupa más de 16 MB, el máximo para importar.");
    }

    @Test
    void previewCellsAreCutBeforeTheyReachTheBrowser() {
        ImportView view = open(admin);
        upload(view, "notas.csv", ("Nombre;Notas\nAna;" + "n".repeat(30_000) + "\n").getBytes());
        Span notes = (Span) GridKt._getCellComponent(view.preview, 0, "column-1");
        assertThat(notes.getText()).hasSize(201).endsWith("…");
    }

    @Test
    void stepThreeSuggestsFieldsAndChecksTheFirstRowsCellByCell() {
        ImportView view = open(admin);
        upload(view, "clientes.xlsx", customers());

        assertThat(view.mappingStep.isVisible()).isTrue();
        assertThat(view.columnFields).extracting(field -> field.getValue()).containsExactly(ImportField.FIRST_NAME,
                ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.TAX_ID, ImportField.CITY,
                ImportField.BIRTHDAY, ImportField.STAGE, null, null);
        assertThat(GridKt._size(view.preview)).isEqualTo(3);
        assertThat(view.previewSummary.getText()).isEqualTo(
                "Primeras 3 filas comprobadas: 1 con problemas (se marcan en rojo; pasa el ratón por encima para ver el motivo).");
        Span email = (Span) GridKt._getCellComponent(view.preview, 2, "column-2");
        assertThat(email.getClassNames()).contains("import-cell-error");
        assertThat(email.getElement().getAttribute("title"))
                .isEqualTo("Correo electrónico (C): Escribe un correo electrónico válido, como ana@empresa.es");
        assertThat(GridKt._getFormattedRow(view.preview, 2).getLast()).contains("«31/02/2001» no es una fecha");

        // Leaving the e-mail column out clears its error.
        _setValue(view.columnFields.get(2), null);
        Span noLongerChecked = (Span) GridKt._getCellComponent(view.preview, 2, "column-2");
        assertThat(noLongerChecked.getClassNames()).doesNotContain("import-cell-error");
    }

    @Test
    void aMappingSavedAsTemplateCanBeChosenAgain() {
        ImportView view = open(admin);
        upload(view, "clientes.xlsx", customers());
        _setValue(view.columnFields.get(9), ImportField.NOTES);
        _setValue(view.templateName, "ERP mensual");
        _click(view.saveTemplate);
        assertThat(as(admin, () -> context.getBean(MappingTemplates.class).list(ImportKind.CUSTOMERS)))
                .extracting(t -> t.name()).containsExactly("ERP mensual");

        _setValue(view.columnFields.get(9), null);
        _setValue(view.template, view.template.getListDataView().getItem(0));
        assertThat(view.columnFields.get(9).getValue()).isEqualTo(ImportField.NOTES);
    }

    @Test
    void stepFourRunsTheImportInTheBackgroundAndShowsItsResult() {
        ImportView view = open(admin);
        upload(view, "clientes.xlsx", customers());
        _setValue(view.mode, ImportMode.CREATE_OR_UPDATE);
        assertThat(view.matchKey.isVisible()).isTrue();
        _setValue(view.matchKey, MatchKey.EMAIL);
        _click(view.start);

        assertThat(view.jobStep.isVisible()).isTrue();
        assertThat(view.mappingStep.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval() == ImportView.POLL_MILLIS || view.cancel.isVisible()
                || view.jobStatus.getText().startsWith("Terminada")).isTrue();
        waitUntilFinished(view);

        assertThat(view.jobStatus.getText()).startsWith("Terminada · clientes.xlsx · 3 de 3 filas");
        assertThat(view.jobCounts.getText()).isEqualTo("Creados: 2 · Actualizados: 0 · Omitidos: 0 · Con error: 1");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.errorReport.isVisible()).isTrue();
        assertThat(GridKt._size(view.batches)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.batches, 0)).startsWith("1", "4–7", "2", "0", "0", "1");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aRunningJobIsShownAgainAfterNavigatingAwayAndBack() {
        ImportService imports = context.getBean(ImportService.class);
        long jobId = as(admin, () -> {
            var file = imports.open(SpreadsheetFixtures.resource("customers.xlsx").toFile(), "clientes.xlsx");
            var preview = imports.preview(file, 0, null, ImportKind.CUSTOMERS);
            return imports.submit(file, preview, ImportKind.CUSTOMERS,
                    new com.cartera.importexport.ColumnMapping(preview.suggestions()), ImportMode.CREATE_ONLY, null);
        });
        ImportView view = open(admin);
        UI.getCurrent().navigate("customers");
        view = open(admin);
        // Running jobs come back; finished ones are listed under recent imports.
        if (as(admin, () -> imports.job(jobId).orElseThrow()).getStatus().finished()) {
            assertThat(GridKt._size(view.recentJobs)).isEqualTo(1);
        } else {
            assertThat(view.jobStep.isVisible()).isTrue();
            waitUntilFinished(view);
        }
        view.showJob(jobId);
        assertThat(view.jobCounts.getText()).startsWith("Creados: 2");
    }

    @Test
    void aLargeImportSaysWhileItRebuildsTheCustomerIndexes() throws Exception {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Nombre", "Correo electrónico"));
        for (int i = 0; i < 12_000; i++) {
            rows.add(List.of("Cliente " + i, "c" + i + "@x.es"));
        }
        String schema = admin.workspace().tenant().schema();
        ImportView view = open(admin);
        upload(view, "grande.xlsx", SpreadsheetFixtures.bytes(SpreadsheetFixtures.xlsx(rows)));
        try (Connection editor = context.getBean(DataSource.class).getConnection()) {
            editor.setAutoCommit(false);
            _click(view.start);
            // 12,000 rows into an empty table (tests suspend from 4,000): once the indexes are suspended, a
            // transaction that writes customers holds up their rebuilding, not the import's own writes (six
            // batches: time enough to take the lock before the rebuilding starts).
            await(() -> data.count("select count(*) from " + schema + ".suspended_index") > 0);
            try (var statement = editor.createStatement()) {
                statement.execute("lock table " + schema + ".customer in row exclusive mode");
            }
            await(() -> {
                view.refreshJob();
                return view.jobStatus.getText().endsWith("reconstruyendo los índices de clientes…");
            });

            assertThat(view.jobStatus.getText()).isEqualTo(
                    "Importando · grande.xlsx · 12.000 de 12.000 filas · Filas guardadas; reconstruyendo los índices"
                            + " de clientes…");
            editor.rollback();
        }
        waitUntilFinished(view);
        assertThat(view.jobStatus.getText()).isEqualTo("Terminada · grande.xlsx · 12.000 de 12.000 filas");
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isZero();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void marketingImportsCustomersAndSpendOnlyAndCannotMapOwners() {
        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta", Set.of(Role.MARKETING));
        ImportView view = open(marketing);
        assertThat(view.kind.getListDataView().getItems()).containsExactly(ImportKind.CUSTOMERS, ImportKind.SPEND);
        upload(view, "clientes.xlsx", customers());
        assertThat(view.columnFields.getFirst().getListDataView().getItems()).doesNotContain(ImportField.OWNER);
    }

    @Test
    void financeImportsInvoicesAndPaymentsWithTheirTemplatesAndRowChecks() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fede", Set.of(Role.FINANCE));
        ImportView view = open(finance);
        assertThat(view.kind.getListDataView().getItems()).containsExactly(ImportKind.INVOICES, ImportKind.PAYMENTS);
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.INVOICES);
        assertThat(view.templateLink.getText()).isEqualTo("Descargar plantilla de facturas (.xlsx)");
        assertThat(textOf(view)).contains("Importa facturas o cobros");
        _setValue(view.kind, ImportKind.PAYMENTS);
        assertThat(view.templateLink.getText()).isEqualTo("Descargar plantilla de cobros (.xlsx)");

        upload(view, "cobros.csv", ("Fecha;Cliente;Importe;Forma de pago;Referencia;Factura\n"
                + "10/04/2026;B12345678;100.00;transferencia;TRF-1;F-1\n"
                + "10/04/2026;B12345678;cien;transferencia;;F-1\n").getBytes());
        assertThat(view.columnFields).extracting(field -> field.getValue()).containsExactly(
                ImportField.PAYMENT_RECEIVED_ON, ImportField.PAYMENT_CUSTOMER, ImportField.PAYMENT_AMOUNT,
                ImportField.PAYMENT_PAID_BY, ImportField.PAYMENT_REFERENCE, ImportField.PAYMENT_INVOICE);
        assertThat(view.previewSummary.getText()).startsWith("Primeras 2 filas comprobadas: 1 con problemas");
        Span amount = (Span) GridKt._getCellComponent(view.preview, 1, "column-2");
        assertThat(amount.getClassNames()).contains("import-cell-error");
    }

    @Test
    void theSpendPageOpensTheWizardOnSpend() {
        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta", Set.of(Role.MARKETING));
        login(marketing);
        UI.getCurrent().navigate("import", QueryParameters.of("kind", "SPEND"));
        ImportView view = _get(ImportView.class);
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.SPEND);
        assertThat(view.templateLink.getText()).isEqualTo("Descargar plantilla de gastos (.xlsx)");
    }

    private void waitUntilFinished(ImportView view) {
        ImportService imports = context.getBean(ImportService.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            view.refreshJob();
            if (imports.recentJobs().stream().allMatch(job -> job.getStatus().finished())) {
                view.refreshJob();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("The import did not finish");
    }

    private static String textOf(ImportView view) {
        return view.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Paragraph)
                .map(c -> ((com.vaadin.flow.component.html.Paragraph) c).getText())
                .reduce("", String::concat);
    }
}
