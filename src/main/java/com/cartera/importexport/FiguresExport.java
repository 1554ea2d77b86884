package com.cartera.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * A screen's figures (e.g. a dashboard's) as an .xlsx, one sheet per table, written like the customer export: styled
 * frozen header, dates as dates, money in the workspace's currency, rates as percentages, text neutralised against
 * formula injection; each export is recorded in the audit trail with what was exported and its row count. The
 * figures are computed (and their access checked) by the module that shows them; this only writes them.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class FiguresExport {

    private static final int WINDOW = 200;

    private final WorkspaceSettingsService settings;
    private final AuditLog auditLog;
    private final Clock clock;

    FiguresExport(WorkspaceSettingsService settings, AuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The file name: "{@code name}-2026-03-01.xlsx". */
    public String fileName(String name) {
        return name + "-" + LocalDate.now(clock) + ".xlsx";
    }

    /**
     * Writes {@code sheets} to {@code out} and records the export as {@code what} (e.g. the dashboard) with
     * {@code filter} (e.g. its period and whose figures).
     */
    public void write(String what, Map<String, ?> filter, List<FigureSheet> sheets, OutputStream out, Locale locale) {
        int rows = 0;
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            CellStyle header = SpreadsheetStyles.header(workbook);
            var format = workbook.createDataFormat();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(locale.getLanguage().equals("en") ? "yyyy-mm-dd" : "dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat(CustomerExport.moneyFormat(settings.current().getCurrency(), locale)));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            Set<String> names = new HashSet<>();
            for (FigureSheet figures : sheets) {
                SXSSFSheet sheet = workbook.createSheet(uniqueName(figures.title(), names));
                Row head = sheet.createRow(0);
                for (int i = 0; i < figures.headers().size(); i++) {
                    var cell = head.createCell(i);
                    cell.setCellValue(SpreadsheetStyles.neutralised(figures.headers().get(i)));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(i, (i == 0 ? 28 : 16) * 256);
                }
                sheet.createFreezePane(0, 1);
                int next = 1;
                for (List<Object> values : figures.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (empty(value)) {
                            continue;
                        }
                        var cell = row.createCell(i);
                        switch (value) {
                            case LocalDate day -> {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                            case FigureSheet.Money amount -> {
                                cell.setCellValue(amount.amount().doubleValue());
                                cell.setCellStyle(money);
                            }
                            case FigureSheet.Percent rate -> {
                                cell.setCellValue(rate.fraction().doubleValue());
                                cell.setCellStyle(percent);
                            }
                            case BigDecimal number -> cell.setCellValue(number.doubleValue());
                            case Number number -> cell.setCellValue(number.doubleValue());
                            default -> cell.setCellValue(SpreadsheetStyles.neutralised(value.toString()));
                        }
                    }
                }
                rows += next - 1;
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("filter", filter);
        details.put("sheets", sheets.stream().map(FigureSheet::title).toList());
        details.put("rows", rows);
        auditLog.record(AuditEntry.of("EXPORT").entity("FIGURES", what).summary(rows + " rows").details(details));
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof FigureSheet.Money money && money.amount() == null
                || value instanceof FigureSheet.Percent rate && rate.fraction() == null;
    }

    /** Sheet names: at most 31 characters, no {@code []:*?/\}, unique in the workbook. */
    private static String uniqueName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
