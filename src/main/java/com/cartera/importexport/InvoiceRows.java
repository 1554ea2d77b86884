package com.cartera.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cartera.finance.InvoiceBulkImport;

/**
 * Turns a row into one line of an invoice: the invoice's number, customer (tax id, e-mail or external id), issue
 * and due dates, and the line's description (or product code), quantity (1 when absent), unit price, discount
 * (none when absent) and tax rate in percent.
 */
final class InvoiceRows {

    /** One row read; {@code line} is null when the row has errors. */
    record Parsed(String number, String customerKey, LocalDate issuedOn, LocalDate dueOn, String currency,
                  InvoiceBulkImport.Line line, List<CellError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;

    InvoiceRows(ColumnMapping mapping, boolean date1904) {
        this.columns = mapping.byField();
        this.date1904 = date1904;
    }

    Parsed read(int row, String[] cells) {
        var errors = new ArrayList<CellError>();
        var cell = new FinanceCells(columns, date1904, cells, errors);
        String number = cell.required(ImportField.INVOICE_NUMBER);
        String customer = cell.text(ImportField.INVOICE_CUSTOMER);
        if (customer == null) {
            errors.add(CellError.at(columns.get(ImportField.INVOICE_CUSTOMER), "import.cell.customer-required"));
        }
        LocalDate issuedOn = cell.date(ImportField.INVOICE_ISSUED_ON, true);
        LocalDate dueOn = cell.date(ImportField.INVOICE_DUE_ON, false);
        String description = cell.text(ImportField.INVOICE_DESCRIPTION);
        if (description == null) {
            description = cell.text(ImportField.INVOICE_SKU);
        }
        if (description == null) {
            errors.add(CellError.at(columns.get(ImportField.INVOICE_DESCRIPTION), "import.cell.required"));
        }
        BigDecimal quantity = cell.number(ImportField.INVOICE_QUANTITY, BigDecimal.ONE);
        BigDecimal unitPrice = cell.number(ImportField.INVOICE_UNIT_PRICE, null);
        BigDecimal discount = cell.number(ImportField.INVOICE_DISCOUNT, BigDecimal.ZERO);
        BigDecimal taxRate = cell.number(ImportField.INVOICE_TAX_RATE, null);
        String currency = cell.currency(ImportField.INVOICE_CURRENCY);
        if (!errors.isEmpty()) {
            return new Parsed(number, customer, issuedOn, dueOn, currency, null, errors);
        }
        return new Parsed(number.strip(), customer.strip(), issuedOn, dueOn, currency,
                new InvoiceBulkImport.Line(row, description, quantity, unitPrice, discount, taxRate), errors);
    }

    /** The column of the field a finance refusal names, or null for the whole row. */
    Integer columnOf(String field) {
        ImportField importField = switch (field) {
            case "number" -> ImportField.INVOICE_NUMBER;
            case "customer" -> ImportField.INVOICE_CUSTOMER;
            case "dueOn" -> ImportField.INVOICE_DUE_ON;
            case "currency" -> ImportField.INVOICE_CURRENCY;
            case "description" -> ImportField.INVOICE_DESCRIPTION;
            case "quantity" -> ImportField.INVOICE_QUANTITY;
            case "unitPrice" -> ImportField.INVOICE_UNIT_PRICE;
            case "discount" -> ImportField.INVOICE_DISCOUNT;
            case "taxRate" -> ImportField.INVOICE_TAX_RATE;
            default -> null;
        };
        return importField == null ? null : columns.get(importField);
    }
}
