package com.cartera.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an attachment's type from its first bytes, for the allowed kinds only: PDF, PNG, JPEG, GIF, Excel
 * workbooks (.xlsx), Word documents (.docx), plain text and CSV. A file name never makes bytes acceptable; it only
 * tells CSV from plain text, which look the same.
 */
public final class AttachmentTypes {

    /** Entries of an Office file looked at before giving up: its parts come early in the archive. */
    private static final int ZIP_ENTRIES_LOOKED_AT = 64;

    private AttachmentTypes() {
    }

    /** The content type of {@code content}, or empty when it is none of the allowed kinds. */
    public static Optional<String> sniff(String fileName, byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return office(content);
        }
        if (isText(content)) {
            boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
            return Optional.of(csv ? "text/csv" : "text/plain");
        }
        return Optional.empty();
    }

    private static Optional<String> office(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean contentTypes = false;
            String kind = null;
            ZipEntry entry;
            for (int seen = 0; seen < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; seen++) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("xl/workbook.xml")) {
                    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (name.equals("word/document.xml")) {
                    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (contentTypes && kind != null) {
                    return Optional.of(kind);
                }
            }
        } catch (IOException | IllegalArgumentException notAnArchive) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Text in any of the encodings spreadsheets and editors write (UTF-8, Windows-1252): no control characters other
     * than tab, line feed, carriage return and form feed, which every binary format has in its first bytes.
     */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
