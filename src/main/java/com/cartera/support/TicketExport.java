package com.cartera.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.cartera.base.db.BulkWork;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The tickets a queue shows (its filter and sort) as an .xlsx, written as a stream (POI's SXSSF keeps a window of
 * rows in memory): a frozen header row with an auto-filter, the ticket number as a number, times as date-times in
 * the workspace's zone, text neutralised against formula injection.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TicketExport {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private record Column(String headerKey, Function<TicketQueueRow, Object> value) {
    }

    private final TicketQueue queue;
    private final WorkspaceCalendar calendar;
    private final I18NProvider i18n;
    private final BulkWork bulkWork;
    private final Clock clock;

    TicketExport(TicketQueue queue, WorkspaceCalendar calendar, I18NProvider i18n, BulkWork bulkWork, Clock clock) {
        this.queue = queue;
        this.calendar = calendar;
        this.i18n = i18n;
        this.bulkWork = bulkWork;
        this.clock = clock;
    }

    /** The file name an export gets: "tickets-2026-03-01.xlsx". */
    public String fileName(Locale locale) {
        return i18n.getTranslation("support.queue.export.file", locale) + "-" + LocalDate.now(clock) + ".xlsx";
    }

    /** Writes the tickets matching {@code filter}, in {@code sort} order, to {@code out}; returns how many. */
    public int write(TicketFilter filter, TicketSort sort, OutputStream out, Locale locale) {
        List<Column> columns = columns(locale);
        ZoneId zone = calendar.zone();
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            var sheet = workbook.createSheet(i18n.getTranslation("support.queue.title", locale));
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat(
                    locale.getLanguage().equals("en") ? "yyyy-mm-dd hh:mm" : "dd/mm/yyyy hh:mm"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(i18n.getTranslation(columns.get(i).headerKey(), locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            // A large desk takes longer to read than a request may: the export has the bulk limit.
            bulkWork.run(BulkWork.Job.EXPORT, () -> queue.forEach(filter, sort, ticket -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(ticket);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else if (value instanceof java.time.Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                        cell.setCellStyle(time);
                    } else {
                        cell.setCellValue(neutralised(value.toString()));
                    }
                }
            }));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            workbook.write(out);
            return next[0] - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Column> columns(Locale locale) {
        return List.of(
                new Column("support.queue.column.number", TicketQueueRow::id),
                new Column("support.queue.column.subject", TicketQueueRow::subject),
                new Column("support.queue.column.status",
                        t -> label("support.queue.status." + t.status(), locale)),
                new Column("support.queue.column.priority",
                        t -> label("support.queue.priority." + t.priority(), locale)),
                new Column("support.queue.column.type", t -> label("support.queue.type." + t.type(), locale)),
                new Column("support.queue.column.customer", TicketQueueRow::customerName),
                new Column("support.queue.column.assignee", TicketQueueRow::assigneeName),
                new Column("support.queue.column.team", TicketQueueRow::teamName),
                new Column("support.queue.column.category", TicketQueueRow::categoryName),
                new Column("support.queue.column.opened", TicketQueueRow::openedAt),
                new Column("support.queue.column.updated", TicketQueueRow::updatedAt));
    }

    private String label(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }

    /**
     * Text a spreadsheet program could take for a formula ({@code = + - @}, a tab or carriage return first) gets
     * a leading apostrophe, as OWASP recommends against formula injection.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
