package com.cartera.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an .xlsx, one sheet each, in the style of every spreadsheet Cartera writes: a styled, frozen
 * header row; dates as dates, instants as UTC date-times, numbers as numbers, text neutralised against formula
 * injection (and cut at the 32,767 characters a cell holds). Written as a stream (SXSSF keeps a window of rows in memory).
 */
public final class SpreadsheetTables {

    /** One sheet: its name (shortened and made unique as the format requires), headers and rows. */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private static final int WINDOW = 200;

    private SpreadsheetTables() {
    }

    public static void write(List<Table> tables, OutputStream out, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            CellStyle header = SpreadsheetStyles.header(workbook);
            var format = workbook.createDataFormat();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(english ? "yyyy-mm-dd" : "dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat(english ? "yyyy-mm-dd hh:mm:ss" : "dd/mm/yyyy hh:mm:ss"));
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(uniqueName(table.name(), names));
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    var cell = head.createCell(i);
                    cell.setCellValue(table.headers().get(i));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(i, 20 * 256);
                }
                sheet.createFreezePane(0, 1);
                int next = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value == null) {
                            continue;
                        }
                        var cell = row.createCell(i);
                        switch (value) {
                            case LocalDate day -> {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                            case Instant instant -> {
                                cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
                                cell.setCellStyle(dateTime);
                            }
                            case Number number -> cell.setCellValue(number.doubleValue());
                            case Boolean flag -> cell.setCellValue(flag);
                            default -> cell.setCellValue(SpreadsheetStyles.neutralised(fitting(value.toString())));
                        }
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, cut to the longest a cell holds (32,767 characters) with an ellipsis where it was cut. */
    private static String fitting(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A valid sheet name (at most 31 characters, none of {@code []:*?/\}) that no earlier sheet has. */
    private static String uniqueName(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String unique = safe;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }
}
