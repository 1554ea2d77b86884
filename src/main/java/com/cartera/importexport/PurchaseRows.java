package com.cartera.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cartera.commerce.SalesChannel;
import com.cartera.customer.PaymentMethod;

/**
 * Turns a row into one purchase of one product: which customer (by e-mail, tax id or external id, whichever
 * column the mapping has), when, what, how many and for how much.
 */
final class PurchaseRows {

    /** One row read; {@code customerKey} is the customer reference under {@code matchKey}. */
    record Parsed(int row, MatchKey matchKey, String customerKey, LocalDate purchasedOn, String product,
                  BigDecimal quantity, BigDecimal amount, SalesChannel channel, PaymentMethod paymentMethod,
                  List<CellError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Map<String, SalesChannel> CHANNELS = Map.ofEntries(
            Map.entry("tienda", SalesChannel.STORE), Map.entry("store", SalesChannel.STORE),
            Map.entry("online", SalesChannel.ONLINE), Map.entry("web", SalesChannel.ONLINE),
            Map.entry("internet", SalesChannel.ONLINE), Map.entry("telefono", SalesChannel.PHONE),
            Map.entry("phone", SalesChannel.PHONE), Map.entry("comercial", SalesChannel.SALES_REP),
            Map.entry("sales rep", SalesChannel.SALES_REP), Map.entry("marketplace", SalesChannel.MARKETPLACE),
            Map.entry("otro", SalesChannel.OTHER), Map.entry("other", SalesChannel.OTHER));
    static final Map<String, PaymentMethod> PAYMENTS = Map.ofEntries(
            Map.entry("efectivo", PaymentMethod.CASH), Map.entry("cash", PaymentMethod.CASH),
            Map.entry("tarjeta", PaymentMethod.CARD), Map.entry("card", PaymentMethod.CARD),
            Map.entry("transferencia", PaymentMethod.BANK_TRANSFER),
            Map.entry("bank transfer", PaymentMethod.BANK_TRANSFER), Map.entry("domiciliacion",
                    PaymentMethod.DIRECT_DEBIT), Map.entry("direct debit", PaymentMethod.DIRECT_DEBIT),
            Map.entry("bizum", PaymentMethod.MOBILE), Map.entry("mobile", PaymentMethod.MOBILE),
            Map.entry("cheque", PaymentMethod.CHEQUE), Map.entry("otro", PaymentMethod.OTHER),
            Map.entry("other", PaymentMethod.OTHER));

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;
    private final MatchKey matchKey;
    private final Integer keyColumn;

    PurchaseRows(ColumnMapping mapping, boolean date1904) {
        this.columns = mapping.byField();
        this.date1904 = date1904;
        if (columns.containsKey(ImportField.CUSTOMER_EXTERNAL_ID)) {
            matchKey = MatchKey.EXTERNAL_ID;
            keyColumn = columns.get(ImportField.CUSTOMER_EXTERNAL_ID);
        } else if (columns.containsKey(ImportField.CUSTOMER_TAX_ID)) {
            matchKey = MatchKey.TAX_ID;
            keyColumn = columns.get(ImportField.CUSTOMER_TAX_ID);
        } else {
            matchKey = MatchKey.EMAIL;
            keyColumn = columns.get(ImportField.CUSTOMER_EMAIL);
        }
    }

    Parsed read(int row, String[] cells) {
        var errors = new ArrayList<CellError>();
        String key = cell(keyColumn, cells);
        if (key == null) {
            errors.add(CellError.at(keyColumn, "import.cell.customer-required"));
        } else if (matchKey == MatchKey.TAX_ID) {
            key = key.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        }
        Integer dateColumn = columns.get(ImportField.PURCHASED_ON);
        String dateText = cell(dateColumn, cells);
        LocalDate date = CellValues.date(dateText, date1904);
        if (dateText == null) {
            errors.add(CellError.at(dateColumn, "import.cell.required"));
        } else if (date == null) {
            errors.add(CellError.at(dateColumn, "import.cell.date", dateText));
        } else if (date.isAfter(LocalDate.now())) {
            errors.add(CellError.at(dateColumn, "purchase.date.future"));
        }
        Integer productColumn = columns.get(ImportField.PRODUCT);
        String product = cell(productColumn, cells);
        if (product == null) {
            errors.add(CellError.at(productColumn, "import.cell.required"));
        } else if (product.length() > 200) {
            errors.add(CellError.at(productColumn, "import.cell.too-long", 200));
        }
        BigDecimal quantity = number(ImportField.QUANTITY, cells, BigDecimal.ONE, errors);
        if (quantity != null && quantity.signum() <= 0) {
            errors.add(CellError.at(columns.get(ImportField.QUANTITY), "import.cell.positive"));
        }
        BigDecimal amount = number(ImportField.AMOUNT, cells, null, errors);
        if (amount == null && errors.stream().noneMatch(e -> java.util.Objects.equals(e.column(),
                columns.get(ImportField.AMOUNT)))) {
            errors.add(CellError.at(columns.get(ImportField.AMOUNT), "import.cell.required"));
        } else if (amount != null && amount.signum() < 0) {
            errors.add(CellError.at(columns.get(ImportField.AMOUNT), "import.cell.not-negative"));
        }
        SalesChannel channel = choice(ImportField.CHANNEL, cells, CHANNELS, SalesChannel.class, SalesChannel.STORE,
                errors);
        PaymentMethod payment = choice(ImportField.PAYMENT_METHOD, cells, PAYMENTS, PaymentMethod.class, null, errors);
        return new Parsed(row, matchKey, key, date, product, quantity, amount, channel, payment, errors);
    }

    private BigDecimal number(ImportField field, String[] cells, BigDecimal absent, List<CellError> errors) {
        Integer column = columns.get(field);
        String text = cell(column, cells);
        if (text == null) {
            return absent;
        }
        BigDecimal value = CellValues.decimal(text);
        if (value == null) {
            errors.add(CellError.at(column, "import.cell.number", text));
        }
        return value;
    }

    private <E extends Enum<E>> E choice(ImportField field, String[] cells, Map<String, E> words, Class<E> type,
                                         E absent, List<CellError> errors) {
        Integer column = columns.get(field);
        String text = cell(column, cells);
        if (text == null) {
            return absent;
        }
        E value = words.get(CellValues.plain(text));
        if (value == null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.strip())) {
                    value = constant;
                }
            }
        }
        if (value == null) {
            errors.add(CellError.at(column, "import.cell.choice", text));
        }
        return value;
    }

    private static String cell(Integer column, String[] cells) {
        return column == null || column >= cells.length ? null : CellValues.text(cells[column]);
    }
}
