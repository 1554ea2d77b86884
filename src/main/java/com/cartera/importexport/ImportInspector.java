package com.cartera.importexport;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Component;

/**
 * Looks at an uploaded file before it is imported: its sheets, then for a chosen sheet its size (one pass
 * over it, which also refuses a sheet beyond the row limit), its header row, its columns and first rows.
 */
@Component
class ImportInspector {

    /** Rows looked at to find the header row: title lines and notes above the table are common. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private final SpreadsheetFiles files;
    private final ImportProperties properties;

    ImportInspector(SpreadsheetFiles files, ImportProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    ImportFile open(File file, String fileName) {
        try (SpreadsheetSource source = files.open(file.toPath(), fileName)) {
            if (source.sheetNames().isEmpty()) {
                throw new ImportProblem("import.file.no-sheets", fileName);
            }
            return new ImportFile(file, fileName, source.sheetNames());
        }
    }

    SheetPreview preview(ImportFile file, int sheet, Integer headerRow, ImportKind kind) {
        return preview(file, sheet, headerRow, kind, ReadProgress.untracked());
    }

    /**
     * @param headerRow the 0-based header row the person chose, or null to detect it
     * @param progress  counts the rows of the first pass, and stops it when cancelled
     */
    SheetPreview preview(ImportFile file, int sheet, Integer headerRow, ImportKind kind, ReadProgress progress) {
        try (SpreadsheetSource source = files.open(file.file().toPath(), file.fileName())) {
            SheetScan scan = source.scan(sheet, properties.maxRows(), progress);
            if (scan.rows() == 0) {
                throw new ImportProblem("import.file.empty-sheet", file.fileName(), file.sheetNames().get(sheet));
            }
            int wanted = HEADER_SEARCH_ROWS + properties.previewRows();
            List<Integer> indexes = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            source.read(sheet, scan, (row, cells) -> {
                indexes.add(row);
                // Cut as they are read: fifty rows of full-length cells would take gigabytes.
                rows.add(Arrays.stream(cells).map(this::shortened).toArray(String[]::new));
                return rows.size() < wanted && (headerRow == null || row <= headerRow + properties.previewRows());
            });
            int headerAt = headerRow == null ? detectHeader(kind, rows) : positionOf(indexes, headerRow);
            if (headerAt < 0) {
                throw new ImportProblem("import.file.no-such-row", file.fileName(), headerRow + 1);
            }
            int width = 0;
            for (String[] cells : rows) {
                width = Math.max(width, cells.length);
            }
            String[] headerCells = Arrays.copyOf(rows.get(headerAt), width);
            Set<String> duplicates = new LinkedHashSet<>();
            List<String> labels = labels(headerCells, duplicates).stream().map(this::shortened).toList();
            List<SheetPreview.PreviewRow> preview = new ArrayList<>();
            for (int i = headerAt + 1; i < rows.size() && preview.size() < properties.previewRows(); i++) {
                preview.add(new SheetPreview.PreviewRow(indexes.get(i) + 1,
                        Arrays.asList(Arrays.copyOf(rows.get(i), width))));
            }
            int dataRows = scan.rows() - (headerAt + 1);
            List<String> rawHeaders = Arrays.asList(headerCells);
            return new SheetPreview(sheet, file.sheetNames().get(sheet), source.date1904(), scan,
                    indexes.get(headerAt), labels, duplicates.stream().map(this::shortened).toList(), dataRows, preview,
                    HeaderSuggestions.suggest(kind, rawHeaders));
        }
    }

    /**
     * A cell as the wizard shows it: a long one is cut, so that the page never carries whole cells of up to
     * 32,767 characters (the preview's checks see the cut text, which is still too long for any field).
     */
    private String shortened(String cell) {
        int max = properties.previewCellChars();
        return cell == null || cell.length() <= max ? cell : cell.substring(0, max) + "…";
    }

    private static int positionOf(List<Integer> indexes, int row) {
        return indexes.indexOf(row);
    }

    /**
     * The header row is the one naming most known fields; without any, the first row whose cells are all
     * text and which is at least as wide as most rows below it.
     */
    static int detectHeader(ImportKind kind, List<String[]> rows) {
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            String[] cells = rows.get(i);
            int filled = 0;
            int text = 0;
            for (String cell : cells) {
                if (cell != null) {
                    filled++;
                    if (CellValues.decimal(cell) == null && CellValues.date(cell, false) == null) {
                        text++;
                    }
                }
            }
            int score = HeaderSuggestions.recognised(kind, Arrays.asList(cells)) * 1000
                    + (filled >= 2 && text == filled ? text : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<String> labels(String[] headerCells, Set<String> duplicates) {
        Map<String, Integer> seen = new HashMap<>();
        for (String cell : headerCells) {
            String text = CellValues.text(cell);
            if (text != null) {
                seen.merge(CellValues.plain(text), 1, Integer::sum);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int column = 0; column < headerCells.length; column++) {
            String text = CellValues.text(headerCells[column]);
            String letter = CellReference.convertNumToColString(column);
            if (text == null) {
                labels.add("(" + letter + ")");
            } else if (seen.get(CellValues.plain(text)) > 1) {
                duplicates.add(text);
                labels.add(text + " (" + letter + ")");
            } else {
                labels.add(text);
            }
        }
        return labels;
    }
}
