package com.cartera.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The rows an import did not apply as an .xlsx: the row number, the original cells under the file's own
 * headers, whether the row was skipped or refused, and why, naming the column. Written as a stream.
 */
@Component
class ErrorReport {

    private final ImportJobStore store;
    private final I18NProvider i18n;

    ErrorReport(ImportJobStore store, I18NProvider i18n) {
        this.store = store;
        this.i18n = i18n;
    }

    void write(long jobId, OutputStream out, Locale locale) {
        List<String> headers = store.headers(jobId);
        try (var workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(i18n.getTranslation("import.report.sheet", locale));
            CellStyle bold = SpreadsheetStyles.header(workbook);
            CellStyle failed = workbook.createCellStyle();
            failed.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            failed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row head = sheet.createRow(0);
            var titles = new ArrayList<String>();
            titles.add(i18n.getTranslation("import.report.row", locale));
            titles.addAll(headers);
            titles.add(i18n.getTranslation("import.report.outcome", locale));
            titles.add(i18n.getTranslation("import.report.error", locale));
            for (int i = 0; i < titles.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(1, 1);
            int[] next = {1};
            store.forEachProblem(jobId, problem -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(problem.row());
                List<String> cells = problem.cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null) {
                        row.createCell(i + 1).setCellValue(SpreadsheetStyles.neutralised(cells.get(i)));
                    }
                }
                int outcomeColumn = Math.max(headers.size(), cells.size()) + 1;
                var outcome = row.createCell(outcomeColumn);
                outcome.setCellValue(i18n.getTranslation(problem.skipped() ? "import.report.skipped"
                        : "import.report.failed", locale));
                if (!problem.skipped()) {
                    outcome.setCellStyle(failed);
                }
                row.createCell(outcomeColumn + 1).setCellValue(SpreadsheetStyles.neutralised(
                        describe(problem.errors(), headers, locale)));
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Correo electrónico (C): Escribe un correo electrónico válido; ..." */
    String describe(List<CellError> errors, List<String> headers, Locale locale) {
        var text = new StringBuilder();
        for (CellError error : errors) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            if (error.column() != null) {
                text.append(CellError.columnLabel(headers, error.column())).append(": ");
            }
            text.append(i18n.getTranslation(error.key(), locale, error.args().toArray()));
        }
        return text.toString();
    }
}
