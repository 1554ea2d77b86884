package com.cartera.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded file as a spreadsheet after telling, from its first bytes rather than its name, what
 * it is: an .xlsx (a zip), a password-protected .xlsx or an old .xls (both OLE2 containers), a .csv, or
 * something else. Zip-bomb limits apply to every .xlsx opened.
 */
@Component
class SpreadsheetFiles {

    private final ImportProperties properties;

    SpreadsheetFiles(ImportProperties properties) {
        this.properties = properties;
        ZipSecureFile.setMinInflateRatio(properties.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxEntryBytes());
    }

    SpreadsheetSource open(Path file, String fileName) {
        FileMagic magic;
        byte[] head;
        try {
            if (Files.size(file) == 0) {
                throw new ImportProblem("import.file.empty", fileName);
            }
            if (Files.size(file) > properties.maxFileBytes()) {
                throw new ImportProblem("import.file.too-large", fileName);
            }
            magic = FileMagic.valueOf(file.toFile());
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8192);
            }
        } catch (IOException e) {
            throw new ImportProblem(e, "import.file.unreadable", fileName);
        }
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        return switch (magic) {
            case OOXML -> new XlsxSource(file.toFile(), fileName, CellLimits.of(properties));
            case OLE2 -> throw oleProblem(file, fileName);
            default -> {
                if (lowerName.endsWith(".csv") && CsvSource.looksLikeText(ByteBuffer.wrap(head))) {
                    yield new CsvSource(file, fileName, CellLimits.of(properties));
                }
                throw new ImportProblem("import.file.not-spreadsheet", fileName);
            }
        };
    }

    /** An OLE2 container is either an encrypted .xlsx or a workbook in the old .xls format. */
    private static ImportProblem oleProblem(Path file, String fileName) {
        try (var fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ImportProblem("import.file.password", fileName);
            }
            return new ImportProblem("import.file.old-excel", fileName);
        } catch (IOException | RuntimeException e) {
            return new ImportProblem(e, "import.file.corrupt", fileName);
        }
    }
}
