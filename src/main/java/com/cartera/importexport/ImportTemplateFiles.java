package com.cartera.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Blank import files to fill in: the headers the import recognises, in the person's language, and one
 * example row (phones and tax ids as text, so leading zeros stay; dates as dates).
 */
@Component
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.FINANCE})
public class ImportTemplateFiles {

    private record Example(ImportField field, Object value) {
    }

    /** An example value shown in the person's language. */
    private record Label(String key) {
    }

    private static final List<Example> CUSTOMERS = List.of(
            new Example(ImportField.NAME, "Ana García López"),
            new Example(ImportField.KIND, new Label("customer.kind.PERSON")),
            new Example(ImportField.EMAIL, "ana.garcia@example.com"),
            new Example(ImportField.PHONE, "0034 600 123 456"),
            new Example(ImportField.TAX_ID, "01234567L"),
            new Example(ImportField.CITY, "Valladolid"),
            new Example(ImportField.REGION, "Valladolid"),
            new Example(ImportField.COUNTRY, "ES"),
            new Example(ImportField.STAGE, new Label("stage.LEAD")),
            new Example(ImportField.SECTOR, "Hostelería"),
            new Example(ImportField.BIRTHDAY, LocalDate.of(1985, 3, 3)),
            new Example(ImportField.MARKETING_CONSENT, new Label("export.yes")),
            new Example(ImportField.EXTERNAL_ID, "ERP-000123"),
            new Example(ImportField.NOTES, ""));

    private static final List<Example> PURCHASES = List.of(
            new Example(ImportField.CUSTOMER_EMAIL, "ana.garcia@example.com"),
            new Example(ImportField.PURCHASED_ON, LocalDate.of(2024, 3, 3)),
            new Example(ImportField.PRODUCT, "Caja de vino tinto"),
            new Example(ImportField.QUANTITY, 2),
            new Example(ImportField.AMOUNT, 59.90),
            new Example(ImportField.CHANNEL, "STORE"),
            new Example(ImportField.PAYMENT_METHOD, "CARD"));

    private static final List<Example> SPEND = List.of(
            new Example(ImportField.SPENT_ON, LocalDate.of(2026, 3, 3)),
            new Example(ImportField.SPEND_AMOUNT, 450.00),
            new Example(ImportField.SPEND_CATEGORY, new Label("marketing.spend.category.MEDIA")),
            new Example(ImportField.SPEND_CAMPAIGN, ""),
            new Example(ImportField.SPEND_SOURCE, new Label("marketing-source.PAID_SEARCH")),
            new Example(ImportField.SPEND_COUNTS_AS, new Label("marketing.spend.kind.MARKETING")),
            new Example(ImportField.SPEND_DESCRIPTION, "Google Ads"),
            new Example(ImportField.SPEND_REFERENCE, "FAC-2026-0042"));

    private static final List<Example> INVOICES = List.of(
            new Example(ImportField.INVOICE_NUMBER, "F-2026-000123"),
            new Example(ImportField.INVOICE_CUSTOMER, "B12345678"),
            new Example(ImportField.INVOICE_ISSUED_ON, LocalDate.of(2026, 3, 2)),
            new Example(ImportField.INVOICE_DUE_ON, LocalDate.of(2026, 4, 1)),
            new Example(ImportField.INVOICE_DESCRIPTION, "Caja de vino tinto"),
            new Example(ImportField.INVOICE_SKU, "VIN-TIN-06"),
            new Example(ImportField.INVOICE_QUANTITY, 2),
            new Example(ImportField.INVOICE_UNIT_PRICE, 59.90),
            new Example(ImportField.INVOICE_DISCOUNT, 0),
            new Example(ImportField.INVOICE_TAX_RATE, 21),
            new Example(ImportField.INVOICE_CURRENCY, "EUR"));

    private static final List<Example> PAYMENTS = List.of(
            new Example(ImportField.PAYMENT_RECEIVED_ON, LocalDate.of(2026, 4, 1)),
            new Example(ImportField.PAYMENT_CUSTOMER, "B12345678"),
            new Example(ImportField.PAYMENT_AMOUNT, 144.96),
            new Example(ImportField.PAYMENT_PAID_BY, "BANK_TRANSFER"),
            new Example(ImportField.PAYMENT_REFERENCE, "TRF-2026-0456"),
            new Example(ImportField.PAYMENT_INVOICE, "F-2026-000123"),
            new Example(ImportField.PAYMENT_CURRENCY, "EUR"));

    private final I18NProvider i18n;

    ImportTemplateFiles(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public String fileName(ImportKind kind, Locale locale) {
        return i18n.getTranslation("import.template.file." + kind, locale) + ".xlsx";
    }

    public void write(ImportKind kind, OutputStream out, Locale locale) {
        List<Example> examples = switch (kind) {
            case CUSTOMERS -> CUSTOMERS;
            case PURCHASES -> PURCHASES;
            case SPEND -> SPEND;
            case INVOICES -> INVOICES;
            case PAYMENTS -> PAYMENTS;
        };
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(i18n.getTranslation("import.template.sheet." + kind, locale));
            CellStyle header = SpreadsheetStyles.header(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < examples.size(); i++) {
                var title = head.createCell(i);
                title.setCellValue(i18n.getTranslation(examples.get(i).field().labelKey(), locale));
                title.setCellStyle(header);
                sheet.setColumnWidth(i, 22 * 256);
                // Whole columns formatted as text, so that what people type there keeps its leading zeros.
                sheet.setDefaultColumnStyle(i, text);
                var cell = example.createCell(i);
                Object value = examples.get(i).value();
                switch (value) {
                    case LocalDate day -> {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    }
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case Label label -> {
                        cell.setCellValue(i18n.getTranslation(label.key(), locale));
                        cell.setCellStyle(text);
                    }
                    default -> {
                        cell.setCellValue(value.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
