package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile files, each generated here: very wide sheets, a cell in Excel's last column, 50 MB cells
 * in a .csv and in an .xlsx (inline and shared string), a zip bomb, an external XML entity, an encrypted and a
 * disguised file. Each is refused with a message naming the limit or the reason, and reading it allocates
 * little: the bytes allocated by the reading thread and the heap still used afterwards are measured and printed,
 * and the allocation is held to a generous bound. No timing assertions; the time is printed.
 */
class HostileFilesTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    /** Everything the reading thread may allocate for one file, garbage included. */
    private static final long ALLOCATION_BOUND = 64L * 1024 * 1024;

    private final ImportProperties properties = ImportProperties.defaults();
    private final ImportInspector inspector = new ImportInspector(new SpreadsheetFiles(properties), properties);
    private static final StringBuilder figures = new StringBuilder();

    @AfterAll
    static void printFigures() {
        System.out.println("Hostile files (allocated by the reading thread, heap retained after GC, time):\n"
                + figures);
    }

    @Test
    void aCsvWithTwoThousandColumnsIsRefusedNamingTheLimitAndTheColumn() throws IOException {
        Path csv = wideCsv(2_000);
        assertThat(Files.size(csv)).isLessThan(20_000);
        ImportProblem problem = refused("2000 columns .csv", csv, "ancho.csv");
        assertThat(problem.key()).isEqualTo("import.file.too-many-columns");
        // Column 501 is SG; 500 columns are allowed.
        assertThat(problem.args()).containsExactly("ancho.csv", "SG", "500");
    }

    @Test
    void aCsvWithFourThousandColumnsIsRefusedTheSameWay() throws IOException {
        ImportProblem problem = refused("4000 columns .csv", wideCsv(4_000), "ancho.csv");
        assertThat(problem.key()).isEqualTo("import.file.too-many-columns");
        assertThat(problem.args()).containsExactly("ancho.csv", "SG", "500");
    }

    @Test
    void aSheetWithFiveHundredColumnsIsRead() throws IOException {
        Path csv = wideCsv(500);
        SheetPreview preview = inspector.preview(inspector.open(csv.toFile(), "justo.csv"), 0, null,
                ImportKind.CUSTOMERS);
        assertThat(preview.headers()).hasSize(500);
    }

    @Test
    void anXlsxWithOneCellInTheLastColumnXfdIsRefused() throws IOException {
        Path file;
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("Hoja1").createRow(0);
            row.createCell(0).setCellValue("Nombre");
            row.createCell(16_383).setCellValue("x");
            file = SpreadsheetFixtures.write(workbook);
        }
        assertThat(Files.size(file)).isLessThan(10_000);
        ImportProblem problem = refused("cell in XFD .xlsx", file, "xfd.xlsx");
        assertThat(problem.key()).isEqualTo("import.file.too-many-columns");
        assertThat(problem.args()).containsExactly("xfd.xlsx", "XFD", "500");
    }

    @Test
    void aTitleMergedAcrossTheWholeSheetDoesNotMakeItSixteenThousandColumnsWide() throws IOException {
        Path file;
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Hoja1");
            sheet.createRow(0).createCell(0).setCellValue("Listado");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 16_383));
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("Nombre");
            header.createCell(1).setCellValue("Correo electrónico");
            sheet.createRow(2).createCell(0).setCellValue("Ana");
            file = SpreadsheetFixtures.write(workbook);
        }
        SheetPreview preview = inspector.preview(inspector.open(file.toFile(), "titulo.xlsx"), 0, null,
                ImportKind.CUSTOMERS);
        assertThat(preview.headers()).hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void aFiftyMegabyteCellInACsvIsRefusedNamingTheCellAndTheLimit() throws IOException {
        Path csv = Files.createTempFile("celda", ".csv");
        try (var out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8))) {
            out.write("Nombre;Notas\nAna;");
            writeLetters(out, FIFTY_MB);
            out.write("\n");
        }
        ImportProblem problem = refused("50 MB cell .csv", csv, "celda.csv");
        assertThat(problem.key()).isEqualTo("import.file.cell-too-long");
        assertThat(problem.args()).containsExactly("celda.csv", "B2", "32767");
    }

    @Test
    void aFiftyMegabyteInlineStringInAnXlsxIsRefused() throws IOException {
        Path file = withHugeCell(false);
        ImportProblem problem = refused("50 MB inline string .xlsx", file, "celda.xlsx");
        assertThat(problem.key()).isEqualTo("import.file.cell-too-long");
        assertThat(problem.args()).containsExactly("celda.xlsx", "B2", "32767");
    }

    @Test
    void aFiftyMegabyteSharedStringInAnXlsxIsRefusedWithoutReadingItWhole() throws IOException {
        Path file = withHugeCell(true);
        ImportProblem problem = refused("50 MB shared string .xlsx", file, "celda.xlsx");
        assertThat(problem.key()).isEqualTo("import.file.cell-too-long");
        assertThat(problem.args()).containsExactly("celda.xlsx", "B2", "32767");
    }

    @Test
    void aCellOfExactlyTheLimitIsRead() throws IOException {
        Path csv = Files.createTempFile("limite", ".csv");
        Files.writeString(csv, "Nombre;Notas\nAna;" + "n".repeat(ImportProperties.EXCEL_CELL_CHARS) + "\n");
        SheetPreview preview = inspector.preview(inspector.open(csv.toFile(), "limite.csv"), 0, null,
                ImportKind.CUSTOMERS);
        assertThat(preview.rows()).hasSize(1);
        // The preview, which goes to the browser, holds only the start of it.
        assertThat(preview.rows().getFirst().cells().get(1)).hasSize(201).endsWith("…");
    }

    @Test
    void aReadingInTheBackgroundCanBeStopped() throws IOException {
        var text = new StringBuilder("Nombre;Correo\n");
        for (int i = 0; i < 300_000; i++) {
            text.append("Cliente ").append(i).append(";c").append(i).append("@x.es\n");
        }
        Path csv = Files.createTempFile("largo", ".csv");
        Files.writeString(csv, text);
        var inspections = new FileInspections(inspector, properties);
        try {
            Inspection inspection = inspections.open(csv.toFile(), "largo.csv", ImportKind.CUSTOMERS);
            inspection.cancel();
            ImportProblem problem = catchThrowableOfType(ImportProblem.class, inspection::result);
            assertThat(problem.key()).isEqualTo("import.reading.cancelled");
        } finally {
            inspections.stop();
        }
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb;
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Hoja1");
            String block = "a".repeat(32_000);
            for (int r = 0; r < 400; r++) {
                sheet.createRow(r).createCell(0).setCellValue(block + r);
            }
            bomb = SpreadsheetFixtures.write(workbook);
        }
        ImportProblem problem = refused("zip bomb .xlsx", bomb, "bomba.xlsx");
        assertThat(problem.key()).isEqualTo("import.file.zip-bomb");
    }

    @Test
    void anExternalEntityIsNeitherResolvedNorRead() throws IOException {
        Path secret = Files.createTempFile("secreto", ".txt");
        Files.writeString(secret, "root:x:0:0");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>Nombre</t></is></c></row><row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        Path file = rewrite(baseWorkbook(), Map.of("xl/worksheets/sheet1.xml",
                out -> out.write(sheet.getBytes(StandardCharsets.UTF_8))));
        ImportProblem problem = refused("external entity .xlsx", file, "xxe.xlsx");
        assertThat(problem.key()).isEqualTo("import.file.corrupt");
        assertThat(String.valueOf(problem.getCause())).doesNotContain("root:x");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        Path plain = SpreadsheetFixtures.xlsx(List.of(List.of("Nombre"), List.of("Ana")));
        Path encrypted = Files.createTempFile("secreto", ".xlsx");
        try (var fs = new POIFSFileSystem()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secreto");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        assertThat(refused("encrypted .xlsx", encrypted, "secreto.xlsx").key()).isEqualTo("import.file.password");
    }

    @Test
    void disguisedFilesAreRefused() throws IOException {
        Path pdf = Files.createTempFile("factura", ".xlsx");
        Files.writeString(pdf, "%PDF-1.7\n...");
        assertThat(refused("PDF named .xlsx", pdf, "factura.xlsx").key()).isEqualTo("import.file.not-spreadsheet");
        Path png = Files.createTempFile("foto", ".csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(refused("PNG named .csv", png, "foto.csv").key()).isEqualTo("import.file.not-spreadsheet");
        Path zip = Files.createTempFile("archivo", ".xlsx");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("leeme.txt"));
            out.write("hola".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused("plain zip named .xlsx", zip, "archivo.xlsx").key()).isEqualTo("import.file.corrupt");
    }

    // --- reading with measurement ----------------------------------------------------------------------------

    private ImportProblem refused(String what, Path file, String name) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        long thread = Thread.currentThread().threadId();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long started = System.nanoTime();
        ImportProblem problem = catchThrowableOfType(ImportProblem.class, () -> {
            ImportFile opened = inspector.open(file.toFile(), name);
            inspector.preview(opened, 0, null, ImportKind.CUSTOMERS);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - heapBefore;
        figures.append(String.format("  %-28s %,12d bytes file  %,8d KB allocated  %,8d KB retained  %,6d ms  %s%n",
                what, size(file), allocated / 1024, retained / 1024, millis, problem == null ? "READ" : problem.key()));
        assertThat(problem).as(what + " is refused").isNotNull();
        assertThat(problem.args()).first().isEqualTo(name);
        assertThat(allocated).as(what + ": bytes allocated while reading").isLessThan(ALLOCATION_BOUND);
        return problem;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- generating the files -------------------------------------------------------------------------------

    private static Path wideCsv(int columns) throws IOException {
        var text = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            text.append(c == 0 ? "" : ";").append('c').append(c);
        }
        text.append('\n');
        for (int c = 0; c < columns; c++) {
            text.append(c == 0 ? "" : ";").append(c % 10);
        }
        text.append('\n');
        Path csv = Files.createTempFile("ancho", ".csv");
        Files.writeString(csv, text);
        return csv;
    }

    private static void writeLetters(java.io.Writer out, int count) throws IOException {
        char[] block = "abcdefghijklmnopqrstuvwxyz ".repeat(40).toCharArray();
        for (int written = 0; written < count; written += block.length) {
            out.write(block, 0, Math.min(block.length, count - written));
        }
    }

    private static Path baseWorkbook() throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Hoja1").createRow(0).createCell(0).setCellValue("Nombre");
            return SpreadsheetFixtures.write(workbook);
        }
    }

    /** A workbook whose cell B2 holds 50 MB of text, as an inline string or as a shared string. */
    private static Path withHugeCell(boolean shared) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nombre</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Notas</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Ana</t></is></c>";
        String tail = "</row></sheetData></worksheet>";
        Entry hugeText = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeLetters(writer, FIFTY_MB);
            writer.flush();
        };
        if (shared) {
            return rewrite(baseWorkbook(), Map.of(
                    "xl/worksheets/sheet1.xml", out -> out.write((head + "<c r=\"B2\" t=\"s\"><v>1</v></c>" + tail)
                            .getBytes(StandardCharsets.UTF_8)),
                    "xl/sharedStrings.xml", out -> {
                        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
                                + "\" count=\"2\" uniqueCount=\"2\"><si><t>Nombre</t></si><si><t>")
                                .getBytes(StandardCharsets.UTF_8));
                        hugeText.write(out);
                        out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                    }));
        }
        return rewrite(baseWorkbook(), Map.of("xl/worksheets/sheet1.xml", out -> {
            out.write((head + "<c r=\"B2\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            hugeText.write(out);
            out.write(("</t></is></c>" + tail).getBytes(StandardCharsets.UTF_8));
        }));
    }

    @FunctionalInterface
    private interface Entry {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A copy of {@code base} with some parts replaced. The replacements are stored uncompressed, as a file made
     * of incompressible text would be nearly so: the zip-bomb guard is not what refuses them.
     */
    private static Path rewrite(Path base, Map<String, Entry> replaced) throws IOException {
        Path copy = Files.createTempFile("hostil-", ".xlsx");
        try (var zip = new ZipFile(base.toFile()); var out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (replaced.containsKey(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (var in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (var replacement : replaced.entrySet()) {
                var crc = new CRC32();
                var counter = new CheckedOutputStream(OutputStream.nullOutputStream(), crc);
                replacement.getValue().write(counter);
                var entry = new ZipEntry(replacement.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setCrc(crc.getValue());
                long[] size = {0};
                replacement.getValue().write(new OutputStream() {
                    @Override
                    public void write(int b) {
                        size[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        size[0] += len;
                    }
                });
                entry.setSize(size[0]);
                entry.setCompressedSize(size[0]);
                out.putNextEntry(entry);
                replacement.getValue().write(out);
                out.closeEntry();
            }
        }
        return copy;
    }
}
