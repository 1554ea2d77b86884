package com.cartera.importexport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** What every spreadsheet Cartera writes has in common: the header style and formula-injection defence. */
final class SpreadsheetStyles {

    private SpreadsheetStyles() {
    }

    static CellStyle header(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /**
     * Text that a spreadsheet program could take for a formula ({@code = + - @}, or a tab or carriage return
     * first) gets a leading apostrophe, as OWASP recommends against CSV/formula injection. The cells are
     * written as text anyway; the apostrophe keeps them text when the file is saved as CSV or a cell is
     * edited. Cartera's import removes it again.
     */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
