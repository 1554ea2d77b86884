package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.MarketingFixtures;
import com.cartera.marketing.SpendFilter;
import com.cartera.marketing.SpendKind;
import com.cartera.marketing.SpendLedger;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Spend entries imported from a real .xlsx through the import wizard's service and background runner. */
@CarteraIntegrationTest
class SpendImportTest {

    private static final SpendFilter ALL_TIME = new SpendFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
            null, null, null, null, null);

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    SpendLedger ledger;

    private SignedInUser marketing;
    private Campaign fair;

    @BeforeEach
    void aCampaign() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Importa gasto " + TestData.uniqueSlug("ig"));
        marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing", Set.of(Role.MARKETING));
        fair = new MarketingFixtures(context).campaign(admin, "Feria Alimentaria", "TRADE_FAIR",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), "8000");
    }

    /** A spend sheet with Spanish headers; dates as real date cells, amounts as numbers. */
    private static Path sheet(List<Object[]> rows) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Gastos");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var all = new ArrayList<Object[]>();
            all.add(new Object[] {"Fecha", "Importe", "Categoría", "Campaña", "Fuente", "Cuenta como", "Descripción",
                    "Referencia"});
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] cells = all.get(r);
                for (int c = 0; c < cells.length; c++) {
                    switch (cells[c]) {
                        case null -> {
                        }
                        case LocalDate day -> {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(dates);
                        }
                        case Number number -> row.createCell(c).setCellValue(number.doubleValue());
                        default -> row.createCell(c).setCellValue(cells[c].toString());
                    }
                }
            }
            return SpreadsheetFixtures.write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportJob run(Path path) {
        long id = TestData.as(marketing, () -> {
            ImportFile file = imports.open(path.toFile(), "gastos.xlsx");
            SheetPreview preview = imports.preview(file, 0, null, ImportKind.SPEND);
            return imports.submit(file, preview, ImportKind.SPEND, new ColumnMapping(preview.suggestions()),
                    ImportMode.CREATE_ONLY, null);
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = TestData.as(marketing, () -> imports.job(id).orElseThrow());
            if (job.getStatus().finished()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Import job " + id + " did not finish");
    }

    /** The error report's message per refused row, in Spanish. */
    private List<String> problems(ImportJob job) {
        var report = new ByteArrayOutputStream();
        TestData.as(marketing, () -> {
            imports.writeErrorReport(job.getId(), report, Locale.forLanguageTag("es"));
            return null;
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var messages = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                messages.add((int) row.getCell(0).getNumericCellValue() + ": "
                        + row.getCell(row.getLastCellNum() - 1).getStringCellValue());
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void goodRowsAreBookedAndBadRowsReportedOnTheirRow() {
        Path file = sheet(List.<Object[]>of(
                new Object[] {LocalDate.of(2026, 4, 10), 1200.5, "Eventos", "feria alimentaria", null, null, "Stand",
                        "FAC-1"},
                new Object[] {LocalDate.of(2026, 4, 15), 300, "Comisiones de ventas", "Feria Alimentaria", null, null,
                        null, "FAC-2"},
                new Object[] {LocalDate.of(2026, 3, 3), 99, "Media", null, "Paid search", "Marketing", "Google Ads",
                        "FAC-3"},
                new Object[] {LocalDate.of(2026, 3, 4), -5, "Medios", null, "Web", null, null, "FAC-4"},
                new Object[] {LocalDate.of(2026, 5, 2), 10, "Medios", "Feria Alimentaria", null, null, null, "FAC-5"},
                new Object[] {LocalDate.of(2026, 3, 5), 10, "Catering", null, "Web", null, null, "FAC-6"},
                new Object[] {LocalDate.of(2026, 3, 6), 10, "Medios", "No existe", null, null, null, "FAC-7"},
                new Object[] {LocalDate.of(2026, 3, 7), 10, "Medios", null, "Radio", null, null, "FAC-8"}));

        ImportJob job = run(file);

        assertThat(job.getStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(List.of(job.getCreatedCount(), job.getFailedCount())).containsExactly(3, 5);
        List<SpendLedger.Row> rows = TestData.as(marketing, () -> ledger.page(ALL_TIME, 0, 10));
        assertThat(rows).extracting(row -> row.amount().stripTrailingZeros().toPlainString())
                .containsExactly("300", "1200.5", "99");
        assertThat(rows.getFirst().countsAs()).isEqualTo(SpendKind.SALES);
        assertThat(rows.getFirst().campaignId()).isEqualTo(fair.getId());
        assertThat(rows.get(1).sourceId()).isEqualTo(fair.getSourceId());
        assertThat(problems(job)).containsExactly(
                "5: Importe (B): El importe no puede ser negativo.",
                "6: Fecha (A): La fecha ha de caer dentro de la campaña «Feria Alimentaria» (2026-04-01 a 2026-04-30).",
                "7: Categoría (C): Categoría desconocida: «Catering». Usa medios, eventos, contenido, herramientas,"
                        + " comisiones de ventas, parte de salarios u otros.",
                "8: Campaña (D): No hay ninguna campaña llamada «No existe».",
                "9: Fuente (E): No hay ninguna fuente llamada «Radio».");
    }

    @Test
    void importingTheSameFileAgainCorrectsInsteadOfAdding() {
        Path first = sheet(List.<Object[]>of(
                new Object[] {LocalDate.of(2026, 4, 10), 1000, "Eventos", "Feria Alimentaria", null, null, null, "A-1"},
                new Object[] {LocalDate.of(2026, 3, 1), 50, "Herramientas", null, "Web", null, null, "A-2"}));
        assertThat(run(first).getCreatedCount()).isEqualTo(2);

        Path again = sheet(List.<Object[]>of(
                new Object[] {LocalDate.of(2026, 4, 10), 1100, "Eventos", "Feria Alimentaria", null, null, null, "A-1"},
                new Object[] {LocalDate.of(2026, 3, 1), 50, "Herramientas", null, "Web", null, null, "A-2"},
                new Object[] {LocalDate.of(2026, 3, 1), 70, "Herramientas", null, "Web", null, null, "A-2"}));
        ImportJob second = run(again);

        assertThat(List.of(second.getCreatedCount(), second.getUpdatedCount(), second.getSkippedCount()))
                .containsExactly(0, 2, 1);
        assertThat(TestData.as(marketing, () -> ledger.count(ALL_TIME))).isEqualTo(2);
        assertThat(TestData.as(marketing, () -> ledger.monthly(ALL_TIME)))
                .extracting(month -> month.total().stripTrailingZeros().toPlainString())
                .containsExactly("50", "1100");
    }
}
