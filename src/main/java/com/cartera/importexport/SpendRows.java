package com.cartera.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cartera.marketing.SpendBulkImport;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendKind;

/**
 * Turns a row into one spend entry: when, how much, on what (category, Spanish or English words), on which
 * campaign or source, and whether it counts as marketing or sales spend (sales commissions count as sales unless
 * the row says otherwise, everything else as marketing).
 */
final class SpendRows {

    /** One row read; {@code entry} is null when the row has errors. */
    record Parsed(SpendBulkImport.Row entry, List<CellError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Map<String, SpendCategory> CATEGORIES = Map.ofEntries(
            Map.entry("medios", SpendCategory.MEDIA), Map.entry("media", SpendCategory.MEDIA),
            Map.entry("publicidad", SpendCategory.MEDIA), Map.entry("advertising", SpendCategory.MEDIA),
            Map.entry("eventos", SpendCategory.EVENTS), Map.entry("evento", SpendCategory.EVENTS),
            Map.entry("events", SpendCategory.EVENTS), Map.entry("event", SpendCategory.EVENTS),
            Map.entry("contenido", SpendCategory.CONTENT), Map.entry("contenidos", SpendCategory.CONTENT),
            Map.entry("content", SpendCategory.CONTENT), Map.entry("herramientas", SpendCategory.TOOLS),
            Map.entry("herramienta", SpendCategory.TOOLS), Map.entry("tools", SpendCategory.TOOLS),
            Map.entry("software", SpendCategory.TOOLS), Map.entry("comisiones", SpendCategory.SALES_COMMISSIONS),
            Map.entry("comisiones de ventas", SpendCategory.SALES_COMMISSIONS),
            Map.entry("comisiones de venta", SpendCategory.SALES_COMMISSIONS),
            Map.entry("sales commissions", SpendCategory.SALES_COMMISSIONS),
            Map.entry("commissions", SpendCategory.SALES_COMMISSIONS),
            Map.entry("salarios", SpendCategory.SALARIES_SHARE),
            Map.entry("parte de salarios", SpendCategory.SALARIES_SHARE),
            Map.entry("salaries", SpendCategory.SALARIES_SHARE),
            Map.entry("salaries share", SpendCategory.SALARIES_SHARE), Map.entry("otros", SpendCategory.OTHER),
            Map.entry("otro", SpendCategory.OTHER), Map.entry("other", SpendCategory.OTHER));
    private static final Map<String, SpendKind> KINDS = Map.of("marketing", SpendKind.MARKETING,
            "ventas", SpendKind.SALES, "venta", SpendKind.SALES, "sales", SpendKind.SALES,
            "comercial", SpendKind.SALES);

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;

    SpendRows(ColumnMapping mapping, boolean date1904) {
        this.columns = mapping.byField();
        this.date1904 = date1904;
    }

    Parsed read(int row, String[] cells) {
        var errors = new ArrayList<CellError>();
        Integer dateColumn = columns.get(ImportField.SPENT_ON);
        String dateText = cell(dateColumn, cells);
        LocalDate date = CellValues.date(dateText, date1904);
        if (dateText == null) {
            errors.add(CellError.at(dateColumn, "import.cell.required"));
        } else if (date == null) {
            errors.add(CellError.at(dateColumn, "import.cell.date", dateText));
        }
        Integer amountColumn = columns.get(ImportField.SPEND_AMOUNT);
        String amountText = cell(amountColumn, cells);
        BigDecimal amount = CellValues.decimal(amountText);
        if (amountText == null) {
            errors.add(CellError.at(amountColumn, "import.cell.required"));
        } else if (amount == null) {
            errors.add(CellError.at(amountColumn, "import.cell.number", amountText));
        } else if (amount.signum() < 0) {
            errors.add(CellError.at(amountColumn, "marketing.spend.amount.negative"));
        }
        Integer categoryColumn = columns.get(ImportField.SPEND_CATEGORY);
        String categoryText = cell(categoryColumn, cells);
        SpendCategory category = categoryText == null ? null : word(categoryText, CATEGORIES, SpendCategory.class);
        if (categoryText == null) {
            errors.add(CellError.at(categoryColumn, "import.cell.required"));
        } else if (category == null) {
            errors.add(CellError.at(categoryColumn, "import.cell.spend-category", categoryText));
        }
        Integer kindColumn = columns.get(ImportField.SPEND_COUNTS_AS);
        String kindText = cell(kindColumn, cells);
        SpendKind kind = kindText == null
                ? category == SpendCategory.SALES_COMMISSIONS ? SpendKind.SALES : SpendKind.MARKETING
                : word(kindText, KINDS, SpendKind.class);
        if (kind == null) {
            errors.add(CellError.at(kindColumn, "import.cell.spend-kind", kindText));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new SpendBulkImport.Row(row, date, amount, category, kind,
                cell(columns.get(ImportField.SPEND_CAMPAIGN), cells), cell(columns.get(ImportField.SPEND_SOURCE), cells),
                cell(columns.get(ImportField.SPEND_DESCRIPTION), cells),
                cell(columns.get(ImportField.SPEND_REFERENCE), cells)), errors);
    }

    /** The column of the field a marketing refusal names, or null for the whole row. */
    Integer columnOf(String field) {
        ImportField importField = switch (field) {
            case "spentOn" -> ImportField.SPENT_ON;
            case "amount" -> ImportField.SPEND_AMOUNT;
            case "category" -> ImportField.SPEND_CATEGORY;
            case "countsAs" -> ImportField.SPEND_COUNTS_AS;
            case "campaign" -> ImportField.SPEND_CAMPAIGN;
            case "source" -> columns.containsKey(ImportField.SPEND_SOURCE) ? ImportField.SPEND_SOURCE
                    : ImportField.SPEND_CAMPAIGN;
            case "description" -> ImportField.SPEND_DESCRIPTION;
            case "importKey" -> ImportField.SPEND_REFERENCE;
            default -> null;
        };
        return importField == null ? null : columns.get(importField);
    }

    private static <E extends Enum<E>> E word(String text, Map<String, E> words, Class<E> type) {
        E value = words.get(CellValues.plain(text));
        if (value == null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.strip())) {
                    value = constant;
                }
            }
        }
        return value;
    }

    private static String cell(Integer column, String[] cells) {
        return column == null || column >= cells.length ? null : CellValues.text(cells[column]);
    }
}
