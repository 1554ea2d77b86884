package com.cartera.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * A statement of account as an .xlsx: a header with the customer, period and currency; the opening balance, the
 * lines with their running balance and the totals; then the invoices open at the period's end and the credit not
 * allocated. Dates and amounts are numbers with a format, so the sheet adds them up; text from users is
 * neutralised against formula injection.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class StatementExport {

    /** Row of the lines' column headers; the opening balance follows it. */
    static final int HEADER_ROW = 5;

    private final I18NProvider i18n;

    StatementExport(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** "extracto-<customer id>-2026-03-31.xlsx". */
    public String fileName(Statement statement, Locale locale) {
        return text("finance.statement.file", locale) + "-" + statement.customerId() + "-" + statement.to()
                + ".xlsx";
    }

    public void write(Statement statement, OutputStream out, Locale locale) {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("finance.statement.title", locale));
            var styles = new Styles(workbook, locale);
            label(sheet.createRow(0), 0, text("finance.statement.title", locale), styles.bold);
            Row customer = sheet.createRow(1);
            label(customer, 0, text("finance.statement.customer", locale), styles.bold);
            label(customer, 1, neutralised(statement.customerName()), null);
            Row period = sheet.createRow(2);
            label(period, 0, text("finance.statement.period", locale), styles.bold);
            date(period, 1, statement.from(), styles);
            date(period, 2, statement.to(), styles);
            Row currency = sheet.createRow(3);
            label(currency, 0, text("finance.statement.currency", locale), styles.bold);
            label(currency, 1, statement.currency(), null);

            Row head = sheet.createRow(HEADER_ROW);
            List<String> columns = List.of("date", "kind", "document", "debit", "credit", "balance");
            for (int i = 0; i < columns.size(); i++) {
                label(head, i, text("finance.statement.column." + columns.get(i), locale), styles.header);
                sheet.setColumnWidth(i, (i == 2 ? 24 : 16) * 256);
            }
            int next = HEADER_ROW + 1;
            Row opening = sheet.createRow(next++);
            date(opening, 0, statement.from().minusDays(1), styles);
            label(opening, 1, text("finance.statement.opening", locale), null);
            money(opening, 5, statement.openingBalance(), styles);
            for (Statement.Line line : statement.lines()) {
                Row row = sheet.createRow(next++);
                date(row, 0, line.on(), styles);
                label(row, 1, text("finance.statement.kind." + line.kind(), locale), null);
                if (line.document() != null) {
                    label(row, 2, neutralised(line.document()), null);
                }
                money(row, 3, line.debit(), styles);
                money(row, 4, line.credit(), styles);
                money(row, 5, line.balance(), styles);
            }
            Row totals = sheet.createRow(next++);
            label(totals, 0, text("finance.statement.totals", locale), styles.bold);
            money(totals, 3, statement.totalDebit(), styles);
            money(totals, 4, statement.totalCredit(), styles);
            money(totals, 5, statement.closingBalance(), styles);

            next++;
            label(sheet.createRow(next++), 0, text("finance.statement.open-invoices", locale), styles.bold);
            Row openHead = sheet.createRow(next++);
            List<String> openColumns = List.of("number", "issued", "due", "total", "open", "overdue");
            for (int i = 0; i < openColumns.size(); i++) {
                label(openHead, i, text("finance.statement.open." + openColumns.get(i), locale), styles.header);
            }
            for (Statement.OpenInvoice invoice : statement.openInvoices()) {
                Row row = sheet.createRow(next++);
                label(row, 0, neutralised(invoice.number()), null);
                date(row, 1, invoice.issuedOn(), styles);
                date(row, 2, invoice.dueOn(), styles);
                money(row, 3, invoice.total(), styles);
                money(row, 4, invoice.openAmount(), styles);
                row.createCell(5).setCellValue(invoice.daysOverdue());
            }
            Row credit = sheet.createRow(next + 1);
            label(credit, 0, text("finance.statement.unallocated", locale), styles.bold);
            money(credit, 4, statement.unallocatedCredit(), styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle header;
        final CellStyle date;
        final CellStyle money;

        Styles(XSSFWorkbook workbook, Locale locale) {
            var font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            header = workbook.createCellStyle();
            header.setFont(font);
            header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            var formats = workbook.createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(locale.getLanguage().equals("en") ? "yyyy-mm-dd" : "dd/mm/yyyy"));
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0.00"));
        }
    }

    private static void label(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
    }

    private static void money(Row row, int column, BigDecimal value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.money);
    }

    private String text(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }

    /** Text a spreadsheet could take for a formula gets a leading apostrophe (OWASP, formula injection). */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
