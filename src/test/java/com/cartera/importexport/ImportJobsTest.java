package com.cartera.importexport;

import static com.cartera.importexport.SpreadsheetFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** Imports run through the real service and background runner on PostgreSQL. */
@CarteraIntegrationTest
class ImportJobsTest {

    private static final List<String> HEADERS = List.of("Nombre", "Correo electrónico", "NIF", "Etapa", "Ciudad",
            "Código");

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    CustomerService customers;
    @Autowired
    ImportJobRepository jobRepository;

    private TestData data;
    private SignedInUser admin;

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Importa " + TestData.uniqueSlug("i"));
    }

    private static List<String> customer(String name, String email, String taxId, String stage, String city,
                                         String code) {
        var row = new ArrayList<String>();
        row.add(name);
        row.add(email);
        row.add(taxId);
        row.add(stage);
        row.add(city);
        row.add(code);
        return row;
    }

    private static Path file(List<List<String>> rows) {
        var all = new ArrayList<List<String>>();
        all.add(HEADERS);
        all.addAll(rows);
        return xlsx(all);
    }

    /** Submits as {@code user} with the suggested mapping and waits for the job to end. */
    private ImportJob run(SignedInUser user, Path path, ImportKind kind, ImportMode mode, MatchKey key) {
        long id = submit(user, path, kind, mode, key);
        return waitFor(user, id);
    }

    private long submit(SignedInUser user, Path path, ImportKind kind, ImportMode mode, MatchKey key) {
        return TestData.as(user, () -> {
            ImportFile file = imports.open(path.toFile(), "clientes.xlsx");
            SheetPreview preview = imports.preview(file, 0, null, kind);
            return imports.submit(file, preview, kind, new ColumnMapping(preview.suggestions()), mode, key);
        });
    }

    private ImportJob waitFor(SignedInUser user, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = TestData.as(user, () -> imports.job(id).orElseThrow());
            if (job.getStatus().finished()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Import job " + id + " did not finish");
    }

    private List<Customer> all(SignedInUser user) {
        return TestData.as(user, () -> customers.page(CustomerFilter.NONE, PageRequest.of(0, 100, Sort.by("name"))));
    }

    @Test
    void createsValidRowsAndReportsTheOthersByRowAndColumn() {
        ImportJob job = run(admin, file(List.of(
                customer("Ana García", "ana@garcia.es", "01234567l", "Lead", "Valladolid", "E-1"),
                customer("Bodegas Rioja SL", "info@rioja.es", "B12345678", "Activo", "Logroño", "E-2"),
                customer("Sin Correo", "esto-no", null, "Lead", null, null),
                customer(null, "nadie@x.es", null, null, null, null),
                customer("Rara", null, null, "Jubilado", null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);

        assertThat(job.getStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(List.of(job.getCreatedCount(), job.getUpdatedCount(), job.getSkippedCount(), job.getFailedCount()))
                .containsExactly(2, 0, 0, 3);
        assertThat(all(admin)).extracting(Customer::getName).containsExactly("Ana García", "Bodegas Rioja SL");
        Customer ana = all(admin).getFirst();
        assertThat(ana.getTaxId()).isEqualTo("01234567L");
        assertThat(ana.getCreatedBy()).isEqualTo(admin.userId());
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".lifecycle_change where to_stage = 'ACTIVE' and from_stage is null")).isEqualTo(1);
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".customer where external_id = 'E-2' and source = 'IMPORT'")).isEqualTo(1);
        // The rows went in by bulk SQL: the audit trail holds the job as one entry with its counts, by who submitted it.
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema() + ".audit_event"
                + " where action = 'IMPORT' and entity_id = ? and actor_id = ? and details ->> 'created_count' = '2'"
                + " and details ->> 'failed_count' = '3'", String.valueOf(job.getId()), admin.userId())).isEqualTo(1);

        var report = new ByteArrayOutputStream();
        TestData.as(admin, () -> {
            imports.writeErrorReport(job.getId(), report, Locale.forLanguageTag("es"));
            return null;
        });
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(report.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fila");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Correo electrónico");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("esto-no");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo("Correo electrónico (B): Escribe un correo electrónico válido, como ana@empresa.es");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Nombre (A): Escribe el nombre");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).contains("Etapa (D)", "«Jubilado»");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheWorkspaceAreSkippedAndReported() {
        data.customer(admin, "Ana Existente", "ana@garcia.es", LifecycleStage.ACTIVE);
        ImportJob job = run(admin, file(List.of(
                customer("Ana Otra", "ANA@garcia.es", null, null, null, null),
                customer("Bruno", "bruno@x.es", "11111111H", null, null, null),
                customer("Bruno Bis", "bruno@x.es", null, null, null, null),
                customer("Carla", "carla@x.es", "11111111h", null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);

        assertThat(List.of(job.getCreatedCount(), job.getSkippedCount(), job.getFailedCount())).containsExactly(1, 3, 0);
        assertThat(all(admin)).extracting(Customer::getName).containsExactly("Ana Existente", "Bruno");
        var reasons = new ArrayList<String>();
        TestData.as(admin, () -> {
            context.getBean(ImportJobStore.class).forEachProblem(job.getId(),
                    problem -> reasons.add(problem.row() + " " + problem.errors().getFirst().key() + " "
                            + problem.errors().getFirst().args()));
            return null;
        });
        assertThat(reasons).containsExactly(
                "2 import.row.duplicate-in-workspace [ana@garcia.es, " + all(admin).getFirst().getId() + "]",
                "4 import.row.duplicate-in-file [bruno@x.es, 3]",
                "5 import.row.duplicate-in-file [11111111H, 3]");
    }

    @Test
    void updateMatchingChangesOnlyTheGivenCellsAndSkipsRowsWithoutMatch() {
        Customer ana = data.customer(admin, "Ana", "ana@garcia.es", LifecycleStage.LEAD);
        ImportJob job = run(admin, file(List.of(
                customer(null, "ana@garcia.es", null, "Activo", "Soria", null),
                customer("Nueva", "nueva@x.es", null, null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.UPDATE_MATCHING, MatchKey.EMAIL);

        assertThat(List.of(job.getCreatedCount(), job.getUpdatedCount(), job.getSkippedCount())).containsExactly(0, 1, 1);
        Customer updated = TestData.as(admin, () -> customers.find(ana.getId()).orElseThrow());
        assertThat(updated.getName()).isEqualTo("Ana");
        assertThat(updated.getCity()).isEqualTo("Soria");
        assertThat(updated.getLifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(updated.getVersion()).isEqualTo(ana.getVersion() + 1);
        assertThat(TestData.as(admin, () -> customers.lifecycleHistory(ana.getId())))
                .extracting(change -> change.getToStage()).containsExactly(LifecycleStage.LEAD, LifecycleStage.ACTIVE);
    }

    @Test
    void taxIdsMatchWhateverTheirSeparatorsOrCaseAndEmailsWhateverTheirCase() {
        run(admin, file(List.of(customer("Ana", "Ana@Garcia.es", "B12345678", null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);

        ImportJob byTaxId = run(admin, file(List.of(customer(null, null, "b-12.345.678", null, "Soria", null))),
                ImportKind.CUSTOMERS, ImportMode.UPDATE_MATCHING, MatchKey.TAX_ID);
        ImportJob byEmail = run(admin, file(List.of(customer("Otra Ana", "ANA@garcia.ES", null, null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);

        assertThat(byTaxId.getUpdatedCount()).isEqualTo(1);
        assertThat(List.of(byEmail.getCreatedCount(), byEmail.getSkippedCount())).containsExactly(0, 1);
        assertThat(all(admin)).extracting(Customer::getName, Customer::getCity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", "Soria"));
    }

    @Test
    void createOrUpdateByExternalId() {
        run(admin, file(List.of(customer("Ana", "ana@x.es", null, null, null, "ERP-1"))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);
        ImportJob job = run(admin, file(List.of(
                customer("Ana María", null, null, null, "Burgos", "ERP-1"),
                customer("Berta", null, null, null, null, "ERP-2"))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_OR_UPDATE, MatchKey.EXTERNAL_ID);

        assertThat(List.of(job.getCreatedCount(), job.getUpdatedCount())).containsExactly(1, 1);
        assertThat(all(admin)).extracting(Customer::getName, Customer::getEmail, Customer::getCity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana María", "ana@x.es", "Burgos"),
                        org.assertj.core.groups.Tuple.tuple("Berta", null, null));
    }

    @Test
    void bigFilesAreAppliedInRecordedBatches() {
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < 4_500; i++) {
            rows.add(customer("Cliente " + i, "c" + i + "@x.es", null, null, null, null));
        }
        ImportJob job = run(admin, file(rows), ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);

        assertThat(job.getCreatedCount()).isEqualTo(4_500);
        assertThat(job.getProcessedRows()).isEqualTo(4_500);
        assertThat(job.getTotalRows()).isEqualTo(4_500);
        List<ImportBatch> batches = TestData.as(admin, () -> imports.batches(job.getId()));
        assertThat(batches).extracting(ImportBatch::firstRow, ImportBatch::lastRow, ImportBatch::created)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 2001, 2000),
                        org.assertj.core.groups.Tuple.tuple(2002, 4001, 2000),
                        org.assertj.core.groups.Tuple.tuple(4002, 4501, 500));
        // 4,500 rows into an empty table (tests suspend from 4,000): the indexes were suspended and are back.
        assertIndexesRebuilt();
        assertThat(TestData.as(admin, () -> customers.page(CustomerFilter.NONE.withText("cliente 4499"),
                PageRequest.of(0, 5, Sort.by("name")))))
                .extracting(Customer::getEmail).containsExactly("c4499@x.es");
    }

    /** Every customer index of a new workspace is in place, and none is left suspended. */
    private void assertIndexesRebuilt() {
        String schema = admin.workspace().tenant().schema();
        String indexes = "select count(*) from pg_indexes where tablename = 'customer' and schemaname = ?";
        SignedInUser fresh = data.newWorkspace("Referencia " + TestData.uniqueSlug("r"));
        assertThat(data.count(indexes, schema)).isEqualTo(data.count(indexes, fresh.workspace().tenant().schema()));
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isZero();
        List<ImportJob> jobs = TestData.as(admin, () -> jobRepository.findAll());
        assertThat(jobs).noneMatch(ImportJob::isRebuildingIndexes);
    }

    @Test
    void aCancelledJobHasAppliedExactlyTheBatchesItLists() {
        var big = new ArrayList<List<String>>();
        for (int i = 0; i < 30_000; i++) {
            big.add(customer("Grande " + i, "g" + i + "@x.es", null, null, null, null));
        }
        long first = submit(admin, file(big), ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);
        // One worker: the second job waits behind the first, so its cancellation comes before it starts.
        long second = submit(admin, file(List.of(customer("Pequeño", "p@x.es", null, null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);
        TestData.as(admin, () -> {
            imports.cancel(second);
            imports.cancel(first);
            return null;
        });
        ImportJob cancelledBeforeStart = waitFor(admin, second);
        ImportJob cancelledMidway = waitFor(admin, first);

        assertThat(cancelledBeforeStart.getStatus()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(cancelledBeforeStart.getCreatedCount()).isZero();
        assertThat(cancelledMidway.getStatus()).isIn(ImportStatus.CANCELLED, ImportStatus.COMPLETED);
        List<ImportBatch> batches = TestData.as(admin, () -> imports.batches(first));
        int listed = batches.stream().mapToInt(ImportBatch::created).sum();
        assertThat(cancelledMidway.getCreatedCount()).isEqualTo(listed);
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema() + ".customer"))
                .isEqualTo(listed);
        assertIndexesRebuilt();
    }

    @Test
    void purchasesLoadAHistoryAndUpdateTheCustomersFigures() {
        Customer ana = data.customer(admin, "Ana", "ana@garcia.es", LifecycleStage.ACTIVE);
        data.customer(admin, "Bruno", "bruno@perez.es", LifecycleStage.ACTIVE);
        Path purchases = SpreadsheetFixtures.resource("purchases.xlsx");
        ImportJob job = run(admin, purchases, ImportKind.PURCHASES, ImportMode.CREATE_ONLY, null);

        assertThat(List.of(job.getCreatedCount(), job.getSkippedCount(), job.getFailedCount())).containsExactly(3, 0, 1);
        Customer figures = TestData.as(admin, () -> customers.find(ana.getId()).orElseThrow());
        assertThat(figures.getPurchaseCount()).isEqualTo(2);
        assertThat(figures.getRevenue()).isEqualByComparingTo("1294.40");
        assertThat(figures.getLastPurchaseOn()).isEqualTo(java.time.LocalDate.of(2024, 4, 15));

        // The same history again adds nothing.
        ImportJob again = run(admin, SpreadsheetFixtures.resource("purchases.xlsx"), ImportKind.PURCHASES,
                ImportMode.CREATE_ONLY, null);
        assertThat(List.of(again.getCreatedCount(), again.getSkippedCount())).containsExactly(0, 3);
    }

    @Test
    void marketingImportsLeadsOnlyAndFollowsOnlyItsOwnJobs() {
        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing",
                Set.of(Role.MARKETING));
        ImportJob job = run(marketing, file(List.of(
                customer("Lead Bueno", "lead@x.es", null, "Lead", null, null),
                customer("Cliente Activo", "activo@x.es", null, "Activo", null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);
        assertThat(List.of(job.getCreatedCount(), job.getFailedCount())).containsExactly(1, 1);
        assertThat(job.isLeadsOnly()).isTrue();

        assertThatThrownBy(() -> submit(marketing, SpreadsheetFixtures.resource("purchases.xlsx"),
                ImportKind.PURCHASES, ImportMode.CREATE_ONLY, null)).isInstanceOf(AccessDeniedException.class);
        long adminJob = run(admin, file(List.of(customer("Del Admin", null, null, null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null).getId();
        assertThat(TestData.as(marketing, () -> imports.job(adminJob))).isEmpty();
        assertThat(TestData.as(marketing, imports::recentJobs)).extracting(ImportJob::getId).containsExactly(job.getId());

        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Víctor Ventas", Set.of(Role.SALES));
        assertThatThrownBy(() -> TestData.as(sales, imports::recentJobs)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void jobsAndTheirCustomersStayInTheirWorkspace() {
        ImportJob job = run(admin, file(List.of(customer("Solo Aquí", null, null, null, null, null))),
                ImportKind.CUSTOMERS, ImportMode.CREATE_ONLY, null);
        SignedInUser other = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));

        assertThat(TestData.as(other, imports::recentJobs)).isEmpty();
        assertThat(TestData.as(other, () -> imports.job(job.getId()))).isEmpty();
        assertThat(all(other)).isEmpty();
        assertThat(all(admin)).extracting(Customer::getName).containsExactly("Solo Aquí");
    }

    @Test
    void aMappingWithoutTheMatchKeyIsRefusedBeforeAnythingRuns() {
        Path namesOnly = xlsx(List.of(List.of("Nombre"), List.of("Ana")));
        assertThatThrownBy(() -> submit(admin, namesOnly, ImportKind.CUSTOMERS, ImportMode.UPDATE_MATCHING,
                MatchKey.TAX_ID))
                .isInstanceOfSatisfying(ImportProblem.class,
                        problem -> assertThat(problem.key()).isEqualTo("import.mapping.required"));
        assertThat(TestData.as(admin, imports::recentJobs)).isEmpty();
    }
}
