package com.cartera.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheet files for import tests: made with POI here, or copied from the LibreOffice-made fixtures. */
public final class SpreadsheetFixtures {

    private SpreadsheetFixtures() {
    }

    /** A copy of {@code src/test/resources/import/<name>} in a temporary file (imports delete their file). */
    public static Path resource(String name) {
        try (InputStream in = SpreadsheetFixtures.class.getResourceAsStream("/import/" + name)) {
            Path copy = Files.createTempFile("fixture-", "-" + name);
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx whose first sheet holds {@code rows}, every cell as text. */
    public static Path xlsx(List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Hoja1");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(XSSFWorkbook workbook) throws IOException {
        Path file = Files.createTempFile("import-test-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
