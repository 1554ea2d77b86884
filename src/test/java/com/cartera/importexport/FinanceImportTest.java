package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.finance.DunningFixtures;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invoices and payments imported from real .xlsx and .csv files through the import wizard's service and background
 * runner: booked in the ledger, refused on their row, and unchanged when the same file comes again.
 */
@CarteraIntegrationTest
class FinanceImportTest {

    private static final List<String> INVOICE_HEADERS = List.of("Número de factura", "Cliente", "Fecha",
            "Vencimiento", "Descripción", "Cantidad", "Precio unitario", "Descuento", "IVA");
    private static final String PAYMENT_HEADERS = "Fecha;Cliente;Importe;Forma de pago;Referencia;Factura;Moneda";

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    TenantSql sql;
    @Autowired
    CustomerService customers;

    private TestData data;
    private DunningFixtures finance;
    private SignedInUser admin;
    private SignedInUser financeMember;
    private Customer taxIdCustomer;
    private Customer emailCustomer;

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        finance = new DunningFixtures(context);
        admin = data.newWorkspace("Importa facturas " + TestData.uniqueSlug("if"));
        financeMember = data.addMember(admin, TestData.uniqueEmail("fin"), "Fede Finanzas", Set.of(Role.FINANCE));
        var byTaxId = new Customer();
        byTaxId.setName("Bodegas Ribera SL");
        byTaxId.setTaxId("B12345678");
        byTaxId.setLifecycleStage(LifecycleStage.ACTIVE);
        taxIdCustomer = TestData.as(admin, () -> customers.save(byTaxId));
        emailCustomer = data.customer(admin, "Quesos Tietar", "compras@quesos.example", LifecycleStage.ACTIVE);
    }

    /** An invoice sheet with Spanish headers; dates as real date cells, numbers as numbers. */
    private static Path invoiceSheet(List<Object[]> rows) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Facturas");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var all = new ArrayList<Object[]>();
            all.add(INVOICE_HEADERS.toArray());
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] cells = all.get(r);
                for (int c = 0; c < cells.length; c++) {
                    switch (cells[c]) {
                        case null -> {
                        }
                        case LocalDate day -> {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(dates);
                        }
                        case Number number -> row.createCell(c).setCellValue(number.doubleValue());
                        default -> row.createCell(c).setCellValue(cells[c].toString());
                    }
                }
            }
            return SpreadsheetFixtures.write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path csv(String header, List<String> lines) {
        try {
            Path file = Files.createTempFile("cobros-", ".csv");
            Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportJob run(SignedInUser user, Path path, String name, ImportKind kind) {
        long id = TestData.as(user, () -> {
            ImportFile file = imports.open(path.toFile(), name);
            SheetPreview preview = imports.preview(file, 0, null, kind);
            return imports.submit(file, preview, kind, new ColumnMapping(preview.suggestions()),
                    ImportMode.CREATE_ONLY, null);
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
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

    /** The error report's message per reported row, in Spanish. */
    private List<String> problems(SignedInUser user, ImportJob job) {
        var report = new ByteArrayOutputStream();
        TestData.as(user, () -> {
            imports.writeErrorReport(job.getId(), report, Locale.forLanguageTag("es"));
            return null;
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var messages = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                messages.add((int) row.getCell(0).getNumericCellValue() + ": "
                        + row.getCell(row.getLastCellNum() - 1).getStringCellValue());
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> counts(ImportJob job) {
        return List.of(job.getCreatedCount(), job.getUpdatedCount(), job.getSkippedCount(), job.getFailedCount());
    }

    private Map<String, Object> ledgerSums(SignedInUser user) {
        return finance.inWorkspace(user, () -> sql.client().sql("""
                        select (select count(*) from invoice) as invoices,
                               (select count(*) from invoice_line) as lines,
                               (select count(*) from payment) as payments,
                               (select count(*) from payment_allocation) as allocations,
                               (select count(*) from receivable_entry) as entries,
                               (select coalesce(sum(amount), 0) from receivable_entry) as ledger,
                               (select coalesce(sum(open_amount), 0) from customer_receivable) as customers,
                               (select coalesce(sum(invoiced - credited - collected), 0) from receivable_day) as days""")
                .query().singleRow());
    }

    private Map<String, Object> invoice(SignedInUser user, String number) {
        return finance.inWorkspace(user, () -> sql.client().sql("""
                        select customer_id, status, origin, issued_on, due_on, subtotal, tax_total, total, open_amount
                        from invoice where number = :number""")
                .param("number", number).query().singleRow());
    }

    private List<Object[]> invoiceRows() {
        return List.<Object[]>of(
                new Object[] {"F-1", "B-12.345.678", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                        "Caja de vino tinto", 2, 59.90, null, 21},
                new Object[] {"F-1", "B12345678", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "Portes", 1,
                        10, 0, 21},
                new Object[] {"F-2", "compras@quesos.example", LocalDate.of(2026, 3, 5), null, "Queso curado", 3,
                        12.50, 10, 10},
                new Object[] {"F-3", "X99999999", LocalDate.of(2026, 3, 5), null, "Nadie", 1, 5, 0, 21},
                new Object[] {"F-4", "B12345678", "ayer no", null, "Mal fechada", 1, 5, 0, 21});
    }

    @Test
    void invoicesFromAnXlsxAreIssuedAndReimportingTheSameFileChangesNothing() {
        ImportJob first = run(financeMember, invoiceSheet(invoiceRows()), "facturas.xlsx", ImportKind.INVOICES);
        // F-1's two rows and F-2's one are created; F-3 (no such customer) and F-4 (bad date) are refused.
        assertThat(counts(first)).containsExactly(3, 0, 0, 2);
        assertThat(problems(financeMember, first)).containsExactly(
                "5: Cliente (B): Ningún cliente tiene el NIF, correo o código «X99999999».",
                "6: Fecha (C): «ayer no» no es una fecha. Usa dd/mm/aaaa, «3 de marzo de 2024» o una celda de fecha.");

        // F-1: 2 × 59.90 = 119.80 + tax 21 % 25.158 → 25.16; 1 × 10.00 + tax 2.10. Subtotal 129.80, tax 27.26,
        // total 157.06, owed in full.
        Map<String, Object> f1 = invoice(financeMember, "F-1");
        assertThat(f1.get("customer_id")).isEqualTo(taxIdCustomer.getId());
        assertThat(f1.get("status")).isEqualTo("ISSUED");
        assertThat(f1.get("origin")).isEqualTo("IMPORT");
        assertThat((BigDecimal) f1.get("subtotal")).isEqualByComparingTo("129.80");
        assertThat((BigDecimal) f1.get("tax_total")).isEqualByComparingTo("27.26");
        assertThat((BigDecimal) f1.get("total")).isEqualByComparingTo("157.06");
        assertThat((BigDecimal) f1.get("open_amount")).isEqualByComparingTo("157.06");
        // F-2: 3 × 12.50 = 37.50 less 10 % = 33.75, tax 10 % 3.375 → 3.38: total 37.13; no due date in the file,
        // so the workspace's 30 days after 5 March: 4 April.
        Map<String, Object> f2 = invoice(financeMember, "F-2");
        assertThat(f2.get("customer_id")).isEqualTo(emailCustomer.getId());
        assertThat((BigDecimal) f2.get("total")).isEqualByComparingTo("37.13");
        assertThat(f2.get("due_on").toString()).isEqualTo("2026-04-04");

        Map<String, Object> before = ledgerSums(financeMember);
        // 157.06 + 37.13 = 194.19 owed, in the ledger, its per-customer sums and its daily sums alike.
        assertThat(before.get("invoices")).isEqualTo(2L);
        assertThat(before.get("lines")).isEqualTo(3L);
        assertThat(before.get("entries")).isEqualTo(2L);
        assertThat((BigDecimal) before.get("ledger")).isEqualByComparingTo("194.19");
        assertThat((BigDecimal) before.get("customers")).isEqualByComparingTo("194.19");
        assertThat((BigDecimal) before.get("days")).isEqualByComparingTo("194.19");

        ImportJob again = run(financeMember, invoiceSheet(invoiceRows()), "facturas.xlsx", ImportKind.INVOICES);
        assertThat(counts(again)).containsExactly(0, 0, 3, 2);
        assertThat(problems(financeMember, again)).contains(
                "2: Número de factura (A): La factura F-1 ya está importada con las mismas líneas e importes; sin cambios.",
                "4: Número de factura (A): La factura F-2 ya está importada con las mismas líneas e importes; sin cambios.");
        assertThat(ledgerSums(financeMember)).isEqualTo(before);
    }

    @Test
    void anIssuedInvoiceWithOtherAmountsOrAnotherCustomerIsRefusedOnItsRows() {
        run(financeMember, invoiceSheet(invoiceRows()), "facturas.xlsx", ImportKind.INVOICES);
        Map<String, Object> before = ledgerSums(financeMember);

        ImportJob changed = run(financeMember, invoiceSheet(List.<Object[]>of(
                // 2 × 60.00 = 120.00 + 25.20, plus 10.00 + 2.10: 157.30 instead of 157.06.
                new Object[] {"F-1", "B12345678", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                        "Caja de vino tinto", 2, 60, 0, 21},
                new Object[] {"F-1", "B12345678", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "Portes", 1,
                        10, 0, 21},
                new Object[] {"f-2", "B12345678", LocalDate.of(2026, 3, 5), null, "Queso curado", 3, 12.50, 10,
                        10})), "facturas-cambiadas.xlsx", ImportKind.INVOICES);

        assertThat(counts(changed)).containsExactly(0, 0, 0, 3);
        String differs = "Precio unitario (G): La factura F-1 ya está emitida por un total de 157.06, y el archivo dice 157.30: los importes"
                + " de una factura emitida solo cambian con una factura rectificativa.";
        assertThat(problems(financeMember, changed)).containsExactly("2: " + differs, "3: " + differs,
                "4: Número de factura (A): El número f-2 ya es de una factura de otro cliente.");
        assertThat(ledgerSums(financeMember)).isEqualTo(before);
    }

    @Test
    void paymentsFromACsvAreAllocatedUpToWhatIsOpenAndReimportingChangesNothing() {
        run(financeMember, invoiceSheet(invoiceRows()), "facturas.xlsx", ImportKind.INVOICES);
        List<String> lines = List.of(
                "10/04/2026;B12345678;100.00;transferencia;TRF-1;F-1;EUR",
                // F-1 has 157.06 − 100.00 = 57.06 open: 57.06 allocated, 22.94 stays as credit.
                "11/04/2026;B12345678;80.00;transferencia;TRF-2;F-1;",
                "12/04/2026;B12345678;50.00;tarjeta;;F-1;",
                "12/04/2026;X99999999;50.00;tarjeta;TRF-3;;",
                "12/04/2026;compras@quesos.example;50.00;tarjeta;TRF-4;;USD",
                "12/04/2099;compras@quesos.example;50.00;tarjeta;TRF-5;;",
                "13/04/2026;compras@quesos.example;-5;tarjeta;TRF-6;;",
                "13/04/2026;compras@quesos.example;20.00;bizum;TRF-7;F-1;",
                "14/04/2026;compras@quesos.example;15.00;bizum;TRF-8;;");

        ImportJob first = run(financeMember, csv(PAYMENT_HEADERS, lines), "cobros.csv", ImportKind.PAYMENTS);
        assertThat(counts(first)).containsExactly(3, 0, 0, 6);
        assertThat(problems(financeMember, first)).containsExactly(
                "3: Importe (C): Importado; 22.94 superan lo pendiente de la factura y quedan como saldo a favor del cliente.",
                "4: Referencia (E): Falta el valor.",
                "5: Cliente (B): Ningún cliente tiene el NIF, correo o código «X99999999».",
                "6: Moneda (G): La moneda USD no es la del espacio de trabajo (EUR).",
                "7: Fecha (A): La fecha de cobro no puede ser futura.",
                "8: Importe (C): Tiene que ser mayor que cero.",
                "9: Factura (F): El cliente no tiene ninguna factura emitida con el número F-1.");
        Map<String, Object> f1 = invoice(financeMember, "F-1");
        assertThat(f1.get("status")).isEqualTo("PAID");
        assertThat((BigDecimal) f1.get("open_amount")).isEqualByComparingTo("0");
        Map<String, Object> before = ledgerSums(financeMember);
        // Owed 194.19, collected 100.00 + 57.06: 37.13 left (F-2).
        assertThat(before.get("payments")).isEqualTo(3L);
        assertThat(before.get("allocations")).isEqualTo(2L);
        assertThat((BigDecimal) before.get("ledger")).isEqualByComparingTo("37.13");
        assertThat((BigDecimal) before.get("customers")).isEqualByComparingTo("37.13");
        assertThat((BigDecimal) before.get("days")).isEqualByComparingTo("37.13");
        BigDecimal credit = finance.inWorkspace(financeMember, () -> sql.client()
                .sql("select sum(unallocated) from payment").query(BigDecimal.class).single());
        // 22.94 from TRF-2 and the whole 15.00 of TRF-8.
        assertThat(credit).isEqualByComparingTo("37.94");

        ImportJob again = run(financeMember, csv(PAYMENT_HEADERS, lines), "cobros.csv", ImportKind.PAYMENTS);
        assertThat(counts(again)).containsExactly(0, 0, 3, 6);
        assertThat(ledgerSums(financeMember)).isEqualTo(before);
    }

    @Test
    void anInvoiceWhoseLinesSpanTwoBatchesIsOneInvoice() {
        // The batch holds 2,000 rows: 1,999 one-line invoices, then one whose 3 lines are rows 2,000 to 2,002.
        var rows = new ArrayList<String>();
        for (int i = 1; i < 2000; i++) {
            rows.add("L-" + i + ";B12345678;02/03/2026;01/04/2026;Línea;1;1.00;0;0");
        }
        for (int i = 0; i < 3; i++) {
            rows.add("L-LAST;B12345678;02/03/2026;01/04/2026;Línea " + i + ";1;10.00;0;21");
        }
        ImportJob job = run(financeMember, csv(String.join(";", INVOICE_HEADERS), rows), "largo.csv",
                ImportKind.INVOICES);
        assertThat(counts(job)).containsExactly(2002, 0, 0, 0);
        // 3 × (10.00 + 2.10) = 36.30.
        assertThat((BigDecimal) invoice(financeMember, "L-LAST").get("total")).isEqualByComparingTo("36.30");
        assertThat(ledgerSums(financeMember).get("invoices")).isEqualTo(2000L);
    }

    @Test
    void anotherWorkspacesInvoicesAreNeitherMatchedNorTouched() {
        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("if"));
        Customer theirs = finance.customer(otherAdmin, "Ajeno SA", null);
        finance.issued(otherAdmin, theirs, "F-1", LocalDate.of(2026, 4, 1), "999.00");
        Map<String, Object> theirsBefore = ledgerSums(otherAdmin);

        ImportJob job = run(financeMember, invoiceSheet(invoiceRows()), "facturas.xlsx", ImportKind.INVOICES);
        assertThat(counts(job)).containsExactly(3, 0, 0, 2);
        run(financeMember, csv(PAYMENT_HEADERS, List.of("10/04/2026;B12345678;157.06;transferencia;TRF-1;F-1;")),
                "cobros.csv", ImportKind.PAYMENTS);

        assertThat(ledgerSums(otherAdmin)).isEqualTo(theirsBefore);
        assertThat(invoice(otherAdmin, "F-1").get("status")).isEqualTo("ISSUED");
        assertThat(invoice(financeMember, "F-1").get("status")).isEqualTo("PAID");
    }

    @Test
    void financeImportsInvoicesAndPaymentsOnly_andMarketingNone() {
        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta", Set.of(Role.MARKETING));
        assertThatThrownBy(() -> run(marketing, invoiceSheet(invoiceRows()), "f.xlsx", ImportKind.INVOICES))
                .isInstanceOf(AccessDeniedException.class);
        Path customersFile = SpreadsheetFixtures.xlsx(List.of(List.of("Nombre"), List.of("Ana")));
        assertThatThrownBy(() -> run(financeMember, customersFile, "c.xlsx", ImportKind.CUSTOMERS))
                .isInstanceOf(AccessDeniedException.class);
    }
}
