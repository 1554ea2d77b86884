package com.cartera.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.cartera.base.db.BulkWork;
import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerExportQuery;
import com.cartera.customer.CustomerFilter;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The customers a grid shows (its filter and sort) as an .xlsx, written as a stream (POI's SXSSF keeps a
 * window of rows in memory): a styled, frozen header row with an auto-filter; dates as dates, money as
 * numbers in the workspace currency, counts as numbers; text neutralised against formula injection. The
 * headers are the ones the import recognises, so an exported file can be imported back.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerExport {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private enum Type { TEXT, DATE, MONEY, COUNT }

    private record Column(String headerKey, Type type, Function<Customer, Object> value) {
    }

    private final CustomerExportQuery query;
    private final TeamDirectory teamDirectory;
    private final I18NProvider i18n;
    private final BulkWork bulkWork;
    private final AuditLog auditLog;

    CustomerExport(CustomerExportQuery query, TeamDirectory teamDirectory, I18NProvider i18n, BulkWork bulkWork,
                   AuditLog auditLog) {
        this.query = query;
        this.teamDirectory = teamDirectory;
        this.i18n = i18n;
        this.bulkWork = bulkWork;
        this.auditLog = auditLog;
    }

    /** The file name an export gets: "clientes-2026-03-01.xlsx". */
    public String fileName(Locale locale) {
        return i18n.getTranslation("export.customers.file", locale) + "-" + LocalDate.now() + ".xlsx";
    }

    /**
     * Writes the customers matching {@code filter}, in {@code sort} order, to {@code out}; the export is recorded
     * in the audit trail with its filter and row count.
     */
    public void write(CustomerFilter filter, Sort sort, OutputStream out, Locale locale) {
        Map<UUID, String> owners = new HashMap<>();
        for (TeamMember member : teamDirectory.activeMembers()) {
            owners.put(member.getUserId(), member.getDisplayName());
        }
        List<Column> columns = columns(owners, locale);
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(i18n.getTranslation("menu.customers", locale));
            CellStyle header = SpreadsheetStyles.header(workbook);
            var format = workbook.createDataFormat();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(locale.getLanguage().equals("en") ? "yyyy-mm-dd" : "dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat(moneyFormat(query.currency(), locale)));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(i18n.getTranslation(columns.get(i).headerKey(), locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, columns.get(i).type() == Type.TEXT ? 22 * 256 : 14 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            // A large portfolio takes longer to read than a request may: the export has the bulk limit.
            bulkWork.run(BulkWork.Job.EXPORT, () -> query.forEach(filter, sort, customer -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = column.value().apply(customer);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    switch (column.type()) {
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(date);
                        }
                        case MONEY -> {
                            cell.setCellValue(((BigDecimal) value).doubleValue());
                            cell.setCellStyle(money);
                        }
                        case COUNT -> cell.setCellValue(((Number) value).doubleValue());
                        case TEXT -> cell.setCellValue(SpreadsheetStyles.neutralised(value.toString()));
                    }
                }
            }));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            workbook.write(out);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("filter", filter);
            details.put("sort", sort.toString());
            details.put("rows", next[0] - 1);
            auditLog.record(AuditEntry.of("EXPORT").entity("CUSTOMER", null).summary((next[0] - 1) + " rows")
                    .details(details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Column> columns(Map<UUID, String> owners, Locale locale) {
        return List.of(
                new Column("customer.name", Type.TEXT, Customer::getName),
                new Column("customer.kind", Type.TEXT, c -> label("customer.kind." + c.getKind(), locale)),
                new Column("customer.email", Type.TEXT, Customer::getEmail),
                new Column("customer.phone", Type.TEXT, Customer::getPhone),
                new Column("customer.tax-id", Type.TEXT, Customer::getTaxId),
                new Column("customer.city", Type.TEXT, Customer::getCity),
                new Column("customer.region", Type.TEXT, Customer::getRegion),
                new Column("customer.country", Type.TEXT, Customer::getCountry),
                new Column("customer.stage", Type.TEXT, c -> label("stage." + c.getLifecycleStage(), locale)),
                new Column("customer.owner", Type.TEXT,
                        c -> c.getOwner() == null ? null : owners.get(c.getOwner().getUserId())),
                new Column("export.sector", Type.TEXT, Customer::getSector),
                new Column("export.tier", Type.TEXT, c -> c.getTier() == null ? null : c.getTier().name()),
                new Column("export.first-purchase", Type.DATE, Customer::getFirstPurchaseOn),
                new Column("export.last-purchase", Type.DATE, Customer::getLastPurchaseOn),
                new Column("export.purchases", Type.COUNT, Customer::getPurchaseCount),
                new Column("export.revenue", Type.MONEY, Customer::getRevenue),
                new Column("export.birthday", Type.DATE, Customer::getBirthday),
                new Column("export.consent", Type.TEXT,
                        c -> label(c.isMarketingConsent() ? "export.yes" : "export.no", locale)),
                new Column("export.created", Type.DATE,
                        c -> c.getCreatedAt() == null ? null : LocalDate.ofInstant(c.getCreatedAt(), ZoneId.of("UTC"))));
    }

    private String label(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }

    /** A number format showing the currency symbol, e.g. {@code #,##0.00 "€"}. */
    static String moneyFormat(String currencyCode, Locale locale) {
        String symbol;
        try {
            symbol = Currency.getInstance(currencyCode).getSymbol(locale);
        } catch (IllegalArgumentException e) {
            symbol = currencyCode;
        }
        return "#,##0.00 \"" + symbol.replace("\"", "") + "\"";
    }
}
