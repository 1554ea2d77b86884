package com.cartera.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cartera.customer.PaymentMethod;
import com.cartera.finance.PaymentBulkImport;

/**
 * Turns a row into one payment received: when, from which customer (tax id, e-mail or external id), how much, how
 * (a bank transfer when the row does not say), its reference (required: it is what tells a payment imported before)
 * and the invoice it pays, if any.
 */
final class PaymentRows {

    /** One row read; {@code payment} is null when the row has errors. */
    record Parsed(PaymentBulkImport.Row payment, List<CellError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;

    PaymentRows(ColumnMapping mapping, boolean date1904) {
        this.columns = mapping.byField();
        this.date1904 = date1904;
    }

    Parsed read(int row, String[] cells) {
        var errors = new ArrayList<CellError>();
        var cell = new FinanceCells(columns, date1904, cells, errors);
        LocalDate receivedOn = cell.date(ImportField.PAYMENT_RECEIVED_ON, true);
        String customer = cell.text(ImportField.PAYMENT_CUSTOMER);
        if (customer == null) {
            errors.add(CellError.at(columns.get(ImportField.PAYMENT_CUSTOMER), "import.cell.customer-required"));
        }
        BigDecimal amount = cell.number(ImportField.PAYMENT_AMOUNT, null);
        if (amount != null && amount.signum() <= 0) {
            errors.add(CellError.at(columns.get(ImportField.PAYMENT_AMOUNT), "import.cell.positive"));
        }
        String reference = cell.required(ImportField.PAYMENT_REFERENCE);
        String methodText = cell.text(ImportField.PAYMENT_PAID_BY);
        PaymentMethod method = null;
        if (methodText != null) {
            method = PurchaseRows.PAYMENTS.get(CellValues.plain(methodText));
            for (PaymentMethod constant : PaymentMethod.values()) {
                if (method == null && constant.name().equalsIgnoreCase(methodText.strip())) {
                    method = constant;
                }
            }
            if (method == null) {
                errors.add(CellError.at(columns.get(ImportField.PAYMENT_PAID_BY), "import.cell.choice", methodText));
            }
        }
        String invoice = cell.text(ImportField.PAYMENT_INVOICE);
        String currency = cell.currency(ImportField.PAYMENT_CURRENCY);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new PaymentBulkImport.Row(row, receivedOn, customer.strip(), amount, method,
                reference.strip(), invoice == null ? null : invoice.strip(), currency), errors);
    }

    /** The column of the field a finance refusal names, or null for the whole row. */
    Integer columnOf(String field) {
        ImportField importField = switch (field) {
            case "customer" -> ImportField.PAYMENT_CUSTOMER;
            case "receivedOn" -> ImportField.PAYMENT_RECEIVED_ON;
            case "amount" -> ImportField.PAYMENT_AMOUNT;
            case "reference" -> ImportField.PAYMENT_REFERENCE;
            case "invoice" -> ImportField.PAYMENT_INVOICE;
            case "currency" -> ImportField.PAYMENT_CURRENCY;
            default -> null;
        };
        return importField == null ? null : columns.get(importField);
    }
}
