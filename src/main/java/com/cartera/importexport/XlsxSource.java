package com.cartera.importexport;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx read as a stream of XML events (POI's {@link XSSFReader}), one row at a time. Formulas give their
 * cached results; date-formatted numbers become ISO dates ({@code 2024-03-03}), in the 1900 or 1904 date
 * system the workbook declares; other numbers their plain decimal text, so nothing shows as {@code 1.2E7}.
 * Text cells stay text, leading zeros included.
 */
final class XlsxSource implements SpreadsheetSource {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final StylesTable styles;
    private final SharedStrings strings;
    private final List<String> sheetNames;
    private final boolean date1904;
    private final CellLimits limits;

    XlsxSource(File file, String fileName, CellLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
        OPCPackage opened = null;
        SharedStrings sst = null;
        try {
            opened = OPCPackage.open(file, PackageAccess.READ);
            reader = new XSSFReader(opened);
            styles = reader.getStylesTable();
            var sstParts = opened.getPartsByContentType(
                    org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
            if (sstParts.isEmpty()) {
                sst = SharedStrings.empty();
            } else {
                try (InputStream in = sstParts.getFirst().getInputStream()) {
                    sst = SharedStrings.parse(in, limits.maxCellChars());
                }
            }
            sheetNames = readSheetNames(reader);
            date1904 = readDate1904(reader);
        } catch (Exception | Error e) {
            if (sst != null) {
                sst.close();
            }
            if (opened != null) {
                opened.revert();
            }
            throw FileProblems.translate(e, fileName);
        }
        this.pkg = opened;
        this.strings = sst;
    }

    private static List<String> readSheetNames(XSSFReader reader) throws Exception {
        var names = new ArrayList<String>();
        var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    private static boolean readDate1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            var xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public SheetScan scan(int sheet, int maxRows, ReadProgress progress) {
        var handler = new SheetHandler(List.of(), (row, cells) -> {
            progress.row();
            return true;
        });
        // One more row than the limit: the header.
        handler.limit = maxRows + 1;
        parse(sheet, handler);
        return new SheetScan(handler.rows, handler.lastRow, handler.merges);
    }

    @Override
    public void read(int sheet, SheetScan scan, RowSink sink) {
        parse(sheet, new SheetHandler(scan.merges(), sink));
    }

    private void parse(int sheet, SheetHandler handler) {
        try {
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream data = sheets.next()) {
                    if (i == sheet) {
                        var xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(handler);
                        xml.parse(new InputSource(data));
                        return;
                    }
                }
            }
            throw new ImportProblem("import.file.no-such-sheet", fileName, sheet + 1);
        } catch (StopReading stop) {
            // The sink had enough rows.
        } catch (SinkFailure failure) {
            throw failure.failure;
        } catch (LimitPassed passed) {
            throw passed.problem;
        } catch (TooManyRows tooMany) {
            throw new ImportProblem("import.file.too-many-rows", fileName, sheetNames.get(sheet), tooMany.limit);
        } catch (Exception | Error e) {
            throw FileProblems.translate(e, fileName);
        }
    }

    @Override
    public void close() {
        strings.close();
        pkg.revert();
    }

    private static final class StopReading extends SAXException {
        StopReading() {
            super("stop", null);
        }
    }

    /** Carries what the sink threw (a database error, say) through the parser, so it is not taken for a bad file. */
    private static final class SinkFailure extends SAXException {
        final RuntimeException failure;

        SinkFailure(RuntimeException failure) {
            super("sink failed", null);
            this.failure = failure;
        }
    }

    /** A column beyond the limit or a cell too long, found while the sheet is parsed. */
    private static final class LimitPassed extends SAXException {
        final ImportProblem problem;

        LimitPassed(ImportProblem problem) {
            super("limit passed", null);
            this.problem = problem;
        }
    }

    private static final class TooManyRows extends SAXException {
        final int limit;

        TooManyRows(int limit) {
            super("too many rows", null);
            this.limit = limit;
        }
    }

    /** Turns the sheet's XML into rows of cell texts. */
    private final class SheetHandler extends DefaultHandler {

        private final MergedCells mergedCells;
        private final RowSink sink;
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private String[] cells = new String[16];
        private int width;
        private int rowIndex = -1;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasValue;
        int limit = Integer.MAX_VALUE;
        int rows;
        int lastRow = -1;

        SheetHandler(List<CellRangeAddress> knownMerges, RowSink sink) {
            this.mergedCells = new MergedCells(knownMerges, limits.maxColumns());
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    Arrays.fill(cells, 0, width, null);
                    width = 0;
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    if (column >= limits.maxColumns()) {
                        throw new LimitPassed(limits.tooManyColumns(fileName, column));
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue || inInline && !inPhonetic) {
                if (value.length() + length > limits.maxCellChars()) {
                    throw new LimitPassed(limits.cellTooLong(fileName, rowIndex, column));
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (hasValue) {
                        put(column, cellText());
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void put(int col, String text) throws SAXException {
            if (text == null || text.isEmpty()) {
                return;
            }
            // A shared string is kept up to one character beyond the limit, so that it is known to be too long.
            if (text.length() > limits.maxCellChars()) {
                throw new LimitPassed(limits.cellTooLong(fileName, rowIndex, col));
            }
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            cells[col] = text;
            width = Math.max(width, col + 1);
        }

        private void endRow() throws SAXException {
            String[] row = mergedCells.fill(rowIndex, Arrays.copyOf(cells, width));
            boolean empty = true;
            for (String cell : row) {
                if (cell != null) {
                    empty = false;
                    break;
                }
            }
            if (empty) {
                return;
            }
            rows++;
            lastRow = rowIndex;
            if (rows > limit) {
                throw new TooManyRows(limit - 1);
            }
            boolean more;
            try {
                more = sink.accept(rowIndex, row);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            if (!more) {
                throw new StopReading();
            }
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> raw.isBlank() ? null : strings.get(Integer.parseInt(raw.trim()));
                case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                // inlineStr, str (a formula's text result) and e (a formula error such as #DIV/0!) as written
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return null;
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
            }
            return new BigDecimal(raw.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                var cellStyle = styles.getStyleAt(i);
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }
}
