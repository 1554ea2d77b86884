package com.cartera.importexport;

import static com.cartera.importexport.SpreadsheetFixtures.resource;
import static com.cartera.importexport.SpreadsheetFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reading real files: LibreOffice-made fixtures (src/test/resources/import, see make-fixtures.sh) and files
 * made here with POI, including every kind of bad input. No Spring: the reading needs none.
 */
class SpreadsheetReadingTest {

    private final ImportProperties properties = ImportProperties.defaults();
    private final SpreadsheetFiles files = new SpreadsheetFiles(properties);
    private final ImportInspector inspector = new ImportInspector(files, properties);

    private SheetPreview preview(Path file, String name, int sheet) {
        return inspector.preview(inspector.open(file.toFile(), name), sheet, null, ImportKind.CUSTOMERS);
    }

    private static List<String> row(SheetPreview preview, int index) {
        return preview.rows().get(index).cells();
    }

    @Test
    void aLibreOfficeWorkbookWithATitleMergedCellsFormulasDatesAndLeadingZeros() {
        ImportFile file = inspector.open(resource("customers.xlsx").toFile(), "customers.xlsx");
        assertThat(file.sheetNames()).containsExactly("Clientes", "Notas");

        SheetPreview preview = inspector.preview(file, 0, null, ImportKind.CUSTOMERS);
        // The title line and the empty row above the table are not the header.
        assertThat(preview.headerRow()).isEqualTo(2);
        assertThat(preview.headers()).containsExactly("Nombre", "Apellidos", "Correo electrónico (C)", "Teléfono",
                "NIF", "Ciudad", "Fecha de nacimiento", "Etapa", "Puntos", "Correo electrónico (J)");
        assertThat(preview.duplicateHeaders()).containsExactly("Correo electrónico");
        assertThat(preview.suggestions()).containsEntry(0, ImportField.FIRST_NAME).containsEntry(1, ImportField.LAST_NAME)
                .containsEntry(2, ImportField.EMAIL).containsEntry(6, ImportField.BIRTHDAY)
                .doesNotContainKey(9);
        // Three data rows: the empty row between them is left out.
        assertThat(preview.dataRows()).isEqualTo(3);
        assertThat(preview.rows()).extracting(SheetPreview.PreviewRow::row).containsExactly(4, 5, 7);
        assertThat(preview.mergedAreas()).isEqualTo(1);

        List<String> ana = row(preview, 0);
        assertThat(ana.get(3)).isEqualTo("0034600111222");
        assertThat(ana.get(4)).isEqualTo("01234567L");
        assertThat(ana.get(6)).isEqualTo("1985-03-03");
        // A formula gives its cached value.
        assertThat(ana.get(8)).isEqualTo("5");
        List<String> bruno = row(preview, 1);
        // Ciudad is merged over Ana's and Bruno's rows: both are in Valladolid.
        assertThat(bruno.get(5)).isEqualTo("Valladolid");
        assertThat(bruno.get(4)).isEqualTo("00000001R");
        assertThat(bruno.get(6)).isEqualTo("3 de marzo de 1990");
        assertThat(bruno.get(8)).isEqualTo("AB");
    }

    @Test
    void theSameWorkbookInThe1904DateSystemGivesTheSameDates() {
        SheetPreview preview = preview(resource("dates1904.xlsx"), "dates1904.xlsx", 0);
        assertThat(preview.date1904()).isTrue();
        assertThat(row(preview, 0).get(6)).isEqualTo("1985-03-03");
    }

    @Test
    void aPurchaseSheetMadeByLibreOfficeFromCsvWithDecimalCommas() {
        ImportFile file = inspector.open(resource("purchases.xlsx").toFile(), "purchases.xlsx");
        SheetPreview preview = inspector.preview(file, 0, null, ImportKind.PURCHASES);
        var rows = new PurchaseRows(new ColumnMapping(preview.suggestions()), preview.date1904());
        var parsed = preview.rows().stream()
                .map(row -> rows.read(row.row(), row.cells().toArray(String[]::new))).toList();
        assertThat(parsed).allMatch(PurchaseRows.Parsed::valid);
        assertThat(parsed.get(0).amount()).isEqualByComparingTo("59.90");
        assertThat(parsed.get(1).amount()).isEqualByComparingTo("1234.50");
        assertThat(parsed.get(2).purchasedOn()).isEqualTo(java.time.LocalDate.of(2024, 3, 3));
    }

    @Test
    void aCsvWithSemicolonsQuotesLineBreaksAndWindowsEncoding() throws Exception {
        Path csv = Files.createTempFile("clientes", ".csv");
        Files.writeString(csv, "Nombre;Correo;Notas\r\n\"Muñoz; Ana\";ana@x.es;\"dice \"\"hola\"\"\nen dos líneas\"\r\n;;\r\nJosé;jose@x.es;\r\n",
                Charset.forName("windows-1252"));
        SheetPreview preview = preview(csv, "clientes.csv", 0);
        assertThat(preview.headers()).containsExactly("Nombre", "Correo", "Notas");
        assertThat(preview.rows()).hasSize(2);
        assertThat(row(preview, 0)).containsExactly("Muñoz; Ana", "ana@x.es", "dice \"hola\"\nen dos líneas");
        assertThat(row(preview, 1).get(0)).isEqualTo("José");
    }

    @Test
    void notASpreadsheet() throws Exception {
        Path pdf = Files.createTempFile("factura", ".xlsx");
        Files.writeString(pdf, "%PDF-1.7\n...");
        assertProblem(pdf, "factura.xlsx", "import.file.not-spreadsheet");
        Path binary = Files.createTempFile("foto", ".csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertProblem(binary, "foto.csv", "import.file.not-spreadsheet");
        Path empty = Files.createTempFile("vacio", ".xlsx");
        assertProblem(empty, "vacio.xlsx", "import.file.empty");
    }

    @Test
    void anOldExcelFileMadeByLibreOffice() {
        assertProblem(resource("customers.xls"), "customers.xls", "import.file.old-excel");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = xlsx(List.of(List.of("Nombre"), List.of("Ana")));
        Path encrypted = Files.createTempFile("secreto", ".xlsx");
        try (var fs = new POIFSFileSystem()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secreto");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        assertProblem(encrypted, "secreto.xlsx", "import.file.password");
    }

    @Test
    void aCorruptZip() throws Exception {
        byte[] whole = Files.readAllBytes(xlsx(List.of(List.of("Nombre"), List.of("Ana"))));
        Path truncated = Files.createTempFile("roto", ".xlsx");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertProblem(truncated, "roto.xlsx", "import.file.corrupt");
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheMemory() throws Exception {
        Path bomb;
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Hoja1");
            String block = "a".repeat(32_000);
            for (int r = 0; r < 400; r++) {
                sheet.createRow(r).createCell(0).setCellValue(block + r);
            }
            bomb = SpreadsheetFixtures.write(workbook);
        }
        // 12.8 MB of shared strings packed into a few kilobytes: far below the 1 % inflate ratio.
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertProblem(bomb, "bomba.xlsx", "import.file.zip-bomb");
    }

    @Test
    void aSheetBeyondTheRowLimitIsRefusedNamingTheSheetAndTheLimit() {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Nombre"));
        for (int i = 0; i < 12; i++) {
            rows.add(List.of("Cliente " + i));
        }
        var limited = ImportProperties.withMaxRows(10);
        var small = new ImportInspector(new SpreadsheetFiles(limited), limited);
        Path file = xlsx(rows);
        ImportFile opened = small.open(file.toFile(), "grande.xlsx");
        assertThatThrownBy(() -> small.preview(opened, 0, null, ImportKind.CUSTOMERS))
                .isInstanceOfSatisfying(ImportProblem.class, problem -> {
                    assertThat(problem.key()).isEqualTo("import.file.too-many-rows");
                    assertThat(problem.args()).containsExactly("grande.xlsx", "Hoja1", "10");
                });
    }

    @Test
    void numericCellsDateCellsAndThe1904SystemFromPoi() throws Exception {
        Path file;
        try (var workbook = new XSSFWorkbook()) {
            var properties = workbook.getCTWorkbook();
            (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr()).setDate1904(true);
            var sheet = workbook.createSheet("Hoja1");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nombre");
            header.createCell(1).setCellValue("Teléfono");
            header.createCell(2).setCellValue("Fecha de nacimiento");
            header.createCell(3).setCellValue("Importe");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ana");
            row.createCell(1).setCellValue(600123456d);
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var birthday = row.createCell(2);
            birthday.setCellValue(java.time.LocalDate.of(1985, 3, 3));
            birthday.setCellStyle(date);
            row.createCell(3).setCellValue(0.1 + 0.2);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.createRow(2).createCell(1).setCellValue("983000111");
            file = SpreadsheetFixtures.write(workbook);
        }
        SheetPreview preview = preview(file, "poi.xlsx", 0);
        assertThat(preview.date1904()).isTrue();
        assertThat(row(preview, 0)).containsExactly("Ana", "600123456", "1985-03-03", "0.3");
        assertThat(row(preview, 1).get(0)).isEqualTo("Ana");
    }

    @Test
    void rowsBecomeCustomersWithErrorsNamingTheColumn() {
        SheetPreview preview = preview(resource("customers.xlsx"), "customers.xlsx", 0);
        var validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        var rows = new CustomerRows(new ColumnMapping(preview.suggestions()), preview.date1904(), validator, Map.of());
        var ana = rows.read(4, row(preview, 0).toArray(String[]::new));
        assertThat(ana.errors()).isEmpty();
        assertThat(ana.values().getName()).isEqualTo("Ana García López");
        assertThat(ana.values().getPhone()).isEqualTo("0034600111222");
        var bruno = rows.read(5, row(preview, 1).toArray(String[]::new));
        assertThat(bruno.values().getBirthday()).isEqualTo(java.time.LocalDate.of(1990, 3, 3));
        assertThat(bruno.values().getLifecycleStage()).isEqualTo(com.cartera.customer.LifecycleStage.ACTIVE);
        var carla = rows.read(7, row(preview, 2).toArray(String[]::new));
        assertThat(carla.errors()).containsExactlyInAnyOrder(
                CellError.at(2, "customer.email.format"),
                CellError.at(6, "import.cell.date", "31/02/2001"));
    }

    private void assertProblem(Path file, String name, String key) {
        assertThatThrownBy(() -> {
            ImportFile opened = inspector.open(file.toFile(), name);
            inspector.preview(opened, 0, null, ImportKind.CUSTOMERS);
        }).isInstanceOfSatisfying(ImportProblem.class, problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.args()).first().isEqualTo(name);
        });
    }
}
