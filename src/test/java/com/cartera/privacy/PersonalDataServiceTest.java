package com.cartera.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's right of access (everything held, from every module, and nobody else's) and right to erasure
 * (no trace of them left in any table of the workspace, business figures kept, audited, other workspaces
 * untouched), on the real schema.
 */
@CarteraIntegrationTest
class PersonalDataServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    CustomerService customerService;

    private TestData data;
    private PersonFixture fixture;

    @BeforeEach
    void aPersonWithDataEverywhere() {
        data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Privacidad " + TestData.uniqueSlug("pd"));
        fixture = new PersonFixture(context, data, admin);
    }

    @Test
    void theExportHoldsEveryAreaOfThePersonAndNothingOfAnotherCustomer() throws IOException {
        var out = new ByteArrayOutputStream();
        TestData.as(fixture.admin, () -> {
            personalData.export(fixture.person.getId(), out, Locale.forLanguageTag("es"));
            return null;
        });

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Cliente", "Contactos", "Etiquetas", "Etapas", "Registro de auditoría",
                    "Compras", "Líneas de compra", "Interacciones", "Seguimientos", "Sugerencias",
                    "Encuestas de satisfacción", "Oportunidades", "Cambios de etapa", "Conversiones", "Incidencias",
                    "Historial de incidencias", "Mensajes de incidencias", "Adjuntos de incidencias", "Facturas",
                    "Líneas de factura", "Pagos", "Conservación", "Filas rechazadas", "Listas de marketing",
                    "Fuera de listas de marketing", "Origen");
            assertThat(text(workbook.getSheet("Cliente"))).contains(fixture.name, fixture.email, fixture.phone,
                    fixture.taxId, "Teruel", "Ópera", fixture.duplicateName);
            assertThat(rows(workbook.getSheet("Cliente"))).isEqualTo(2);
            assertThat(text(workbook.getSheet("Contactos"))).contains(fixture.contactName);
            assertThat(text(workbook.getSheet("Etiquetas"))).contains("Ópera " + fixture.suffix);
            assertThat(text(workbook.getSheet("Registro de auditoría"))).contains("DELETE", "RESTORE", "MERGE");
            assertThat(rows(workbook.getSheet("Compras"))).isEqualTo(2);
            assertThat(text(workbook.getSheet("Compras"))).contains("Entregar a " + fixture.name + " en casa");
            assertThat(text(workbook.getSheet("Interacciones"))).contains("Llamada con " + fixture.name);
            assertThat(text(workbook.getSheet("Seguimientos"))).contains("Llamar al " + fixture.phone);
            assertThat(rows(workbook.getSheet("Sugerencias"))).isEqualTo(1);
            assertThat(text(workbook.getSheet("Oportunidades"))).contains("Renovación " + fixture.name, "Contrato anual");
            // Matched by e-mail, by a phone written otherwise and by a tax id in lower case with a dash.
            assertThat(rows(workbook.getSheet("Filas rechazadas"))).isEqualTo(3);
            assertThat(text(workbook.getSheet("Filas rechazadas"))).contains(fixture.phoneInFile, fixture.taxIdInFile);

            String everything = String.join("\n", sheets.stream().map(name -> text(workbook.getSheet(name))).toList());
            assertThat(everything).doesNotContain(fixture.otherName, fixture.otherEmail, "Nota de compra del otro",
                    "Interacción del otro", "999");
        }
        assertThat(fixture.jdbc().queryForObject("select count(*) from " + fixture.schema + ".audit_event"
                + " where action = 'PERSONAL_DATA_EXPORTED' and customer_id = ? and actor_id = ?", Long.class,
                fixture.person.getId(), fixture.admin.userId())).isEqualTo(1);
    }

    @Test
    void erasureLeavesNoTraceOfThePersonInAnyTableKeepsTheFiguresAndIsAudited() {
        BigDecimal revenueBefore = revenueOf(fixture.person.getId());

        ErasureReport report = TestData.as(fixture.admin, () -> personalData.erase(fixture.person.getId()));

        assertThat(report.customerIds()).containsExactlyInAnyOrder(fixture.person.getId(), fixture.duplicateId);
        for (String needle : List.of(fixture.name, fixture.email, fixture.phone, fixture.phoneInFile, fixture.taxId,
                fixture.taxIdInFile, fixture.duplicateName, fixture.contactName, "ERP-" + fixture.suffix)) {
            assertThat(fixture.tracesOf(needle)).as("columns still holding %s", needle).isEmpty();
        }
        var jdbc = fixture.jdbc();
        String schema = fixture.schema;
        var erased = jdbc.queryForMap("select name, email, phone, tax_id, city, birthday, notes, erased_at, lifecycle_stage,"
                + " purchase_count from " + schema + ".customer where id = ?", fixture.person.getId());
        assertThat(erased.get("name")).isEqualTo("Cliente anonimizado #" + fixture.person.getId());
        assertThat(erased.get("email")).isNull();
        assertThat(erased.get("birthday")).isNull();
        assertThat(erased.get("erased_at")).isNotNull();
        assertThat(erased.get("lifecycle_stage")).isEqualTo("ACTIVE");
        assertThat(erased.get("purchase_count")).isEqualTo(2);
        assertThat(revenueOf(fixture.person.getId())).isEqualByComparingTo(revenueBefore).isEqualByComparingTo("200.75");
        assertThat(jdbc.queryForObject("select sum(total) from " + schema + ".purchase where customer_id = ?",
                BigDecimal.class, fixture.person.getId())).isEqualByComparingTo("200.75");
        assertThat(jdbc.queryForList("select title from " + schema + ".opportunity where customer_id = ? order by position",
                String.class, fixture.person.getId())).hasSize(2).element(1).isEqualTo("Contrato anual");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".interaction where customer_id = ?",
                Long.class, fixture.person.getId())).isEqualTo(1);

        // Another customer keeps everything; the audit event naming both now names the person anonymously.
        assertThat(jdbc.queryForObject("select name from " + schema + ".customer where id = ?", String.class,
                fixture.other.getId())).isEqualTo(fixture.otherName);
        assertThat(fixture.tracesOf("Nota de compra del otro")).containsExactly("purchase.notes");
        assertThat(fixture.tracesOf("Interacción del otro")).containsExactly("interaction.notes");
        assertThat(fixture.tracesOf(fixture.otherEmail)).containsExactlyInAnyOrder("customer.email",
                "customer.search_text", "import_row_problem.cells", "audit_event.changes");
        assertThat(jdbc.queryForObject("select details ->> 'second' from " + schema + ".audit_event"
                + " where action = 'NOT_DUPLICATE' and customer_id = ?", String.class, fixture.other.getId()))
                .isEqualTo("Cliente anonimizado #" + fixture.person.getId());

        var audit = jdbc.queryForMap("select actor_id, cast(details as text) as details from " + schema + ".audit_event"
                + " where action = 'PERSONAL_DATA_ERASED' and customer_id = ?", fixture.person.getId());
        assertThat(audit.get("actor_id")).isEqualTo(fixture.admin.userId());
        assertThat((String) audit.get("details")).contains("\"trigger\": \"REQUEST\"",
                "\"imports\": {\"deleted\": 3, \"anonymised\": 0}");
        assertThat(report.counts()).anySatisfy(count -> {
            assertThat(count.area()).isEqualTo("purchases");
            assertThat(count.anonymised()).isEqualTo(1);
        });
        // The page shows the anonymised customer, still live.
        Customer shown = TestData.as(fixture.admin, () -> customerService.find(fixture.person.getId()).orElseThrow());
        assertThat(shown.getName()).isEqualTo("Cliente anonimizado #" + fixture.person.getId());
    }

    @Test
    void anotherWorkspacesCustomerWithTheSameIdIsUntouched() {
        SignedInUser otherAdmin = data.newWorkspace("Otro espacio " + TestData.uniqueSlug("pd"));
        Customer twin = data.customer(otherAdmin, "Gemela " + fixture.suffix, "gemela." + fixture.suffix + "@example.org",
                LifecycleStage.ACTIVE);
        assertThat(twin.getId()).isEqualTo(fixture.person.getId());

        TestData.as(fixture.admin, () -> personalData.erase(fixture.person.getId()));

        Customer stillThere = TestData.as(otherAdmin, () -> customerService.find(twin.getId()).orElseThrow());
        assertThat(stillThere.getName()).isEqualTo("Gemela " + fixture.suffix);
        assertThat(stillThere.getEmail()).isEqualTo("gemela." + fixture.suffix + "@example.org");
        assertThat(fixture.jdbc().queryForObject("select count(*) from " + otherAdmin.workspace().tenant().schema()
                + ".audit_event where action = 'PERSONAL_DATA_ERASED'", Long.class)).isZero();
    }

    @Test
    void onlyAnAdminExportsOrErases() {
        SignedInUser manager = data.addMember(fixture.admin, TestData.uniqueEmail("dir"), "Directora",
                Set.of(Role.MANAGEMENT, Role.SALES));
        assertThatThrownBy(() -> TestData.as(manager, () -> personalData.erase(fixture.person.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(manager, () -> {
            personalData.export(fixture.person.getId(), new ByteArrayOutputStream(), Locale.ROOT);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.tracesOf(fixture.email)).contains("customer.email");
    }

    private BigDecimal revenueOf(long customerId) {
        return fixture.jdbc().queryForObject("select revenue from " + fixture.schema + ".customer where id = ?",
                BigDecimal.class, customerId);
    }

    private static int rows(Sheet sheet) {
        return sheet.getLastRowNum();
    }

    private static String text(Sheet sheet) {
        var formatter = new DataFormatter();
        var text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(formatter.formatCellValue(cell)).append('\t');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
