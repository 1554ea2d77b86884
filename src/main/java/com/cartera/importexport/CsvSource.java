package com.cartera.importexport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A .csv read line by line. Spreadsheet programs in Spain write {@code ;} between fields (the comma is the
 * decimal separator), elsewhere {@code ,}; the separator is the one of {@code ; , tab} that the header line
 * has most of. UTF-8 (with or without byte-order mark), else Windows-1252, as older Excel versions save.
 * Quoted fields may hold separators, doubled quotes and line breaks (RFC 4180).
 */
final class CsvSource implements SpreadsheetSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Characters of the first line looked at to choose the separator. */
    private static final int SEPARATOR_SAMPLE = 64 * 1024;

    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final char separator;
    private final CellLimits limits;

    CsvSource(Path file, String fileName, CellLimits limits) {
        this.file = file;
        this.fileName = fileName;
        this.limits = limits;
        try {
            this.charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            this.separator = detectSeparator();
        } catch (IOException e) {
            throw new ImportProblem(e, "import.file.unreadable", fileName);
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file); Reader reader = new java.io.InputStreamReader(in, decoder)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // Decoding the whole file is the check.
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Looks at the start of the first line only: a single line may be as long as the whole file. */
    private char detectSeparator() throws IOException {
        try (BufferedReader reader = open()) {
            char[] head = new char[SEPARATOR_SAMPLE];
            int length = reader.read(head);
            if (length <= 0) {
                return ',';
            }
            String line = new String(head, 0, length).lines().findFirst().orElse("");
            char best = ',';
            long bestCount = 0;
            for (char candidate : new char[] {';', ',', '\t'}) {
                long count = line.chars().filter(c -> c == candidate).count();
                if (count > bestCount) {
                    best = candidate;
                    bestCount = count;
                }
            }
            return best;
        }
    }

    private BufferedReader open() throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, charset);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    @Override
    public List<String> sheetNames() {
        String name = fileName.replaceFirst("(?i)\\.csv$", "");
        return List.of(name.isBlank() ? fileName : name);
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public SheetScan scan(int sheet, int maxRows, ReadProgress progress) {
        int[] counts = {0, -1};
        read(sheet, new SheetScan(0, -1, List.of()), (row, cells) -> {
            progress.row();
            counts[0]++;
            counts[1] = row;
            if (counts[0] > maxRows + 1) {
                throw new ImportProblem("import.file.too-many-rows", fileName, sheetNames().getFirst(), maxRows);
            }
            return true;
        });
        return new SheetScan(counts[0], counts[1], List.of());
    }

    @Override
    public void read(int sheet, SheetScan scan, RowSink sink) {
        try (BufferedReader reader = open()) {
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int row = 0;
            int c;
            while ((c = reader.read()) >= 0) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        reader.mark(1);
                        if (reader.read() == '"') {
                            append(field, '"', row, fields.size());
                        } else {
                            reader.reset();
                            quoted = false;
                        }
                    } else {
                        append(field, ch, row, fields.size());
                    }
                } else if (ch == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == separator) {
                    if (fields.size() + 1 >= limits.maxColumns()) {
                        throw limits.tooManyColumns(fileName, fields.size() + 1);
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    if (!emit(row++, fields, sink)) {
                        return;
                    }
                    fields.clear();
                } else {
                    append(field, ch, row, fields.size());
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new ImportProblem("import.file.csv-open-quote", fileName, row + 1);
            }
            if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                fields.add(field.toString());
                emit(row, fields, sink);
            }
        } catch (IOException e) {
            throw new ImportProblem(e, "import.file.unreadable", fileName);
        }
    }

    /** Adds a character to the cell being read, refusing the file as soon as the cell passes the limit. */
    private void append(StringBuilder field, char ch, int row, int column) {
        if (field.length() >= limits.maxCellChars()) {
            throw limits.cellTooLong(fileName, row, column);
        }
        field.append(ch);
    }

    private static boolean emit(int row, List<String> fields, RowSink sink) {
        String[] cells = new String[fields.size()];
        boolean empty = true;
        for (int i = 0; i < cells.length; i++) {
            String text = fields.get(i);
            if (!text.isBlank()) {
                cells[i] = text;
                empty = false;
            }
        }
        return empty || sink.accept(row, cells);
    }

    @Override
    public void close() {
        // Every read opens and closes its own reader.
    }

    static boolean looksLikeText(ByteBuffer head) {
        while (head.hasRemaining()) {
            if (head.get() == 0) {
                return false;
            }
        }
        return true;
    }
}
