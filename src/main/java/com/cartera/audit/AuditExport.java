package com.cartera.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The trail's entries matching a filter as an .xlsx, written as a stream page by page (POI's SXSSF keeps a
 * window of rows in memory). The export is itself recorded, with its filter and row count.
 */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class AuditExport {

    private static final int WINDOW = 200;
    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> HEADERS = List.of("audit.when", "audit.who", "audit.action", "audit.entity-type",
            "audit.entity-id", "audit.customer", "audit.summary", "audit.changes", "audit.details");

    private final AuditSearch search;
    private final AuditLog auditLog;
    private final I18NProvider i18n;
    private final Clock clock;

    AuditExport(AuditSearch search, AuditLog auditLog, I18NProvider i18n, Clock clock) {
        this.search = search;
        this.auditLog = auditLog;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The file name an export gets: "auditoria-2026-03-01.xlsx". */
    public String fileName(Locale locale, ZoneId zone) {
        return i18n.getTranslation("audit.export.file", locale) + "-" + LocalDate.now(clock.withZone(zone)) + ".xlsx";
    }

    /** Writes the entries matching {@code filter}, newest first, with times in {@code zone}; returns how many. */
    public int write(AuditFilter filter, OutputStream out, Locale locale, ZoneId zone) {
        Map<UUID, String> people = search.people();
        int rows = 0;
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(i18n.getTranslation("audit.title", locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(i18n.getTranslation(HEADERS.get(i), locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i >= 6 ? 40 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int offset = 0; ; offset += PAGE) {
                List<AuditRecord> page = search.find(filter, offset, PAGE);
                for (AuditRecord record : page) {
                    Row row = sheet.createRow(++rows);
                    text(row, 0, TIME.format(record.occurredAt().atZone(zone)));
                    text(row, 1, record.actorId() == null ? null
                            : people.getOrDefault(record.actorId(), record.actorId().toString()));
                    text(row, 2, record.action());
                    text(row, 3, record.entityType());
                    text(row, 4, record.entityId());
                    if (record.customerId() != null) {
                        row.createCell(5).setCellValue(record.customerId());
                    }
                    text(row, 6, record.summary());
                    text(row, 7, describe(record.changes()));
                    text(row, 8, "{}".equals(record.details()) ? null : record.details());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows), 0, HEADERS.size() - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("filter", filter);
        details.put("rows", rows);
        auditLog.record(AuditEntry.of("EXPORT").entity("AUDIT_EVENT", null).summary(rows + " rows").details(details));
        return rows;
    }

    private static String describe(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::describe).collect(Collectors.joining("; "));
    }

    private static void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        // A leading =, +, - or @ would make a spreadsheet read the text as a formula.
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        // A cell holds at most 32,767 characters.
        String safe = formulaLike ? "'" + value : value;
        row.createCell(column).setCellValue(safe.length() > 32_767 ? safe.substring(0, 32_766) + "…" : safe);
    }
}
