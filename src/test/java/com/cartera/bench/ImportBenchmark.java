package com.cartera.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.cartera.CarteraApplication;
import com.cartera.TestData;
import com.cartera.base.db.EmbeddedPostgres;
import com.cartera.importexport.ColumnMapping;
import com.cartera.importexport.ImportFile;
import com.cartera.importexport.ImportJob;
import com.cartera.importexport.ImportKind;
import com.cartera.importexport.ImportMode;
import com.cartera.importexport.ImportService;
import com.cartera.importexport.ImportStatus;
import com.cartera.importexport.SheetPreview;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import benchmark, not a test: how fast a customers .xlsx goes in through the real import path, against
 * PostgreSQL's own COPY of the same rows. Run with
 * {@code ./mvnw -B -Pimport-benchmark test-compile exec:exec [-Dbenchmark.rows=100000,1000000]}; the profile
 * runs this class in a JVM with {@code -Xmx512m}.
 *
 * <p>For each size: a customers .xlsx is written with POI's streaming writer (not timed); the application
 * (embedded PostgreSQL, fresh cluster) signs up an empty workspace and its admin imports the file through
 * {@link ImportService}: open, preview (one full pass over the sheet), submit with the suggested mapping,
 * wait for the background job. Heap use is sampled every 20 ms during the import and the heap pools' peak
 * usage is read too. Then the same rows, as CSV generated on the fly, are loaded into another empty
 * workspace's customer table with {@code COPY ... FROM STDIN}. Figures go to target/benchmarks/import.txt.
 */
public final class ImportBenchmark {

    private static final String[] CITIES = {"Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga",
            "Bilbao", "Valladolid", "Murcia", "Palma"};
    private static final String[] STAGES = {"Lead", "En evaluación", "Activo", "Inactivo", "Perdido"};
    private static final String[] STAGE_CODES = {"LEAD", "PROSPECT", "ACTIVE", "INACTIVE", "LOST"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 && !args[0].isBlank() ? args[0] : "100000,1000000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        Path work = Files.createTempDirectory("cartera-import-bench-");
        var report = new StringBuilder();
        report.append("Cartera import benchmark\n");
        report.append("date:     ").append(DateTimeFormatter.ISO_INSTANT.format(Instant.now())).append('\n');
        report.append("machine:  ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
        report.append("database: embedded PostgreSQL 18 (fresh cluster), one empty workspace per run\n");
        report.append("path:     ImportService.open + preview (full pass) + submit, background job, batches of ")
                .append("2000 rows (unnest arrays), create-only with duplicate checks; from 50,000 rows the\n")
                .append("          customer indexes are suspended and built again before the job ends (included)\n")
                .append("baseline: COPY into an empty workspace's customer table with all its indexes\n")
                .append("each timed phase starts after a checkpoint, with no autovacuum worker running\n\n");
        // Command-line arguments, so that they win over application.yaml.
        String[] settings = {"--cartera.data-dir=" + work.resolve("data"), "--cartera.embedded-db.ephemeral=true",
                "--cartera.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.com.cartera.importexport=info"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CarteraApplication.class)
                .run(settings)) {
            for (int rows : sizes) {
                System.out.printf("[bench] writing %,d rows%n", rows);
                Path file = work.resolve("clientes-" + rows + ".xlsx");
                long writeStart = System.nanoTime();
                writeWorkbook(file, rows);
                double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
                // The import deletes its uploaded file when done.
                long fileBytes = Files.size(file);

                SignedInUser admin = signUp(context, "bench-imp-" + rows);
                quiesce(context.getBean(EmbeddedPostgres.class));
                System.out.printf("[bench] importing %,d rows%n", rows);
                var heap = new HeapWatch();
                heap.start();
                long start = System.nanoTime();
                ImportJob job = importFile(context, admin, file);
                double importSeconds = (System.nanoTime() - start) / 1e9;
                heap.stop();
                System.out.printf("[bench] imported in %.1f s%n", importSeconds);
                long stored = context.getBean(JdbcTemplate.class).queryForObject(
                        "select count(*) from " + admin.workspace().tenant().schema() + ".customer", Long.class);
                if (job.getStatus() != ImportStatus.COMPLETED || stored != rows) {
                    throw new IllegalStateException("Import ended " + job.getStatus() + " with " + stored + " customers");
                }

                SignedInUser copyAdmin = signUp(context, "bench-copy-" + rows);
                quiesce(context.getBean(EmbeddedPostgres.class));
                System.out.printf("[bench] COPY of %,d rows%n", rows);
                double copySeconds = copy(context.getBean(EmbeddedPostgres.class), copyAdmin.workspace().tenant().schema(),
                        rows);

                report.append(String.format(Locale.ROOT, "%,d rows (file %.1f MB, written in %.1f s)%n", rows,
                        fileBytes / 1e6, writeSeconds));
                report.append(String.format(Locale.ROOT, "  import: %.1f s, %,.0f rows/s, peak heap %d MB sampled"
                                + " (heap pools' peak sum %d MB); created %,d, failed %,d%n", importSeconds,
                        rows / importSeconds, heap.sampledPeak() / (1024 * 1024), heap.poolPeaks() / (1024 * 1024),
                        job.getCreatedCount(), job.getFailedCount()));
                report.append(String.format(Locale.ROOT, "  COPY customer FROM STDIN (CSV): %.1f s, %,.0f rows/s%n",
                        copySeconds, rows / copySeconds));
                report.append(String.format(Locale.ROOT, "  import / COPY: %.2f×%n%n", importSeconds / copySeconds));
                System.out.print(report);
            }
        } finally {
            deleteRecursively(work);
        }
        Path out = outDir.resolve("import.txt");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + out);
        System.exit(0);
    }

    private static SignedInUser signUp(ConfigurableApplicationContext context, String slug) {
        var form = new SignupForm();
        form.setCompanyName("Benchmark " + slug);
        form.setSlug(slug);
        form.setAdminName("Admin " + slug);
        form.setEmail("admin@" + slug + ".example.com");
        form.setPassword("Prueba-segura-2024");
        return context.getBean(SignupService.class).signUp(form, Locale.forLanguageTag("es"), "127.0.0.1");
    }

    private static ImportJob importFile(ConfigurableApplicationContext context, SignedInUser admin, Path file) {
        ImportService imports = context.getBean(ImportService.class);
        long jobId = TestData.as(admin, () -> {
            ImportFile opened = imports.open(file.toFile(), file.getFileName().toString());
            SheetPreview preview = imports.preview(opened, 0, null, ImportKind.CUSTOMERS);
            return imports.submit(opened, preview, ImportKind.CUSTOMERS, new ColumnMapping(preview.suggestions()),
                    ImportMode.CREATE_ONLY, null);
        });
        while (true) {
            ImportJob job = TestData.as(admin, () -> imports.job(jobId).orElseThrow());
            if (job.getStatus().finished()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The benchmark's customers: row {@code i} always holds the same values, in the file and in the CSV. */
    private static String[] customer(int i) {
        LocalDate birthday = LocalDate.of(1950, 1, 1).plusDays(i % 18_000);
        return new String[] {"Cliente " + i + " García", "cliente" + i + "@example.com",
                String.format("6%08d", i), String.format("%08dX", i), CITIES[i % CITIES.length],
                CITIES[(i / 10) % CITIES.length], STAGES[i % STAGES.length], birthday.toString(), "ERP-" + i};
    }

    private static void writeWorkbook(Path file, int rows) throws IOException {
        try (var workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            var sheet = workbook.createSheet("Clientes");
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = {"Nombre", "Correo electrónico", "Teléfono", "NIF", "Ciudad", "Provincia", "Etapa",
                    "Fecha de nacimiento", "Código"};
            var head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] values = customer(i);
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < values.length; c++) {
                    var cell = row.createCell(c);
                    if (c == 7) {
                        cell.setCellValue(LocalDate.parse(values[c]));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /**
     * Lets the server settle before a timed phase: a checkpoint, then no autovacuum worker at work (the
     * previous phase's million rows are vacuumed in the background), so that neither phase pays for the other.
     */
    private static void quiesce(EmbeddedPostgres server) throws Exception {
        // A checkpoint is the superuser's.
        try (Connection connection = server.openSuperuserConnection(); var statement = connection.createStatement()) {
            statement.execute("checkpoint");
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (System.nanoTime() < deadline) {
                try (var busy = statement.executeQuery(
                        "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
                    busy.next();
                    if (busy.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    /**
     * Loads the same rows with COPY, as CSV generated while PostgreSQL reads it, on a connection of its own: a
     * pooled one would cut the load off at a request's statement timeout.
     */
    private static double copy(EmbeddedPostgres server, String schema, int rows) throws Exception {
        try (Connection connection = server.openSuperuserConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("set search_path to \"" + schema + "\", extensions");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            long loaded = copy.copyIn("copy customer (kind, name, email, phone, tax_id, city, region,"
                    + " lifecycle_stage, birthday, external_id, source) from stdin with (format csv)", new CsvRows(rows));
            double seconds = (System.nanoTime() - start) / 1e9;
            try (var statement = connection.createStatement()) {
                statement.execute("set search_path to cartera_none, extensions");
            }
            if (loaded != rows) {
                throw new IllegalStateException("COPY loaded " + loaded + " rows");
            }
            return seconds;
        }
    }

    /** The benchmark's customers as CSV lines, made as they are read. */
    private static final class CsvRows extends Reader {
        private final int rows;
        private int next;
        private String line = "";
        private int position;

        CsvRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == line.length()) {
                if (next == rows) {
                    return -1;
                }
                String[] v = customer(next++);
                line = String.join(",", "PERSON", v[0], v[1], v[2], v[3], v[4], v[5],
                        STAGE_CODES[(next - 1) % STAGE_CODES.length], v[7], v[8], "IMPORT") + "\n";
                position = 0;
            }
            int count = Math.min(length, line.length() - position);
            line.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }

    /** Heap in use, sampled every 20 ms, and the heap pools' own peak figures. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        private volatile boolean running;
        private Thread thread;

        void start() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            running = true;
            var memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long sampledPeak() {
            return peak.get();
        }

        long poolPeaks() {
            return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
