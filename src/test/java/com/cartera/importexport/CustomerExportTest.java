package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;

@CarteraIntegrationTest
class CustomerExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerExport export;
    @Autowired
    ImportTemplateFiles templates;

    @Test
    void theGridsCustomersInItsOrderWithTypedCellsAFrozenFilteredHeaderAndNoFormulas() throws Exception {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Exporta " + TestData.uniqueSlug("e"));
        var evil = new Customer();
        evil.setName("=HYPERLINK(\"http://x\",\"clic\")");
        evil.setPhone("+34 600 111 222");
        evil.setBirthday(LocalDate.of(1985, 3, 3));
        TestData.as(admin, () -> context.getBean(CustomerService.class).save(evil));
        data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
        data.customer(admin, "Bruno Lead", "bruno@x.es", LifecycleStage.LEAD);

        var out = new ByteArrayOutputStream();
        TestData.as(admin, () -> {
            export.write(CustomerFilter.NONE.withStages(Set.of(LifecycleStage.LEAD)), Sort.by(Sort.Order.desc("name")),
                    out, Locale.forLanguageTag("es"));
            return null;
        });

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Nombre");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Correo electrónico");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S3");
            // Leads only, by name descending: symbols sort before letters, so the formula-looking name comes last.
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bruno Lead");
            var evilRow = sheet.getRow(2);
            assertThat(evilRow.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evilRow.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"clic\")");
            assertThat(evilRow.getCell(3).getStringCellValue()).isEqualTo("'+34 600 111 222");
            var birthday = evilRow.getCell(16);
            assertThat(birthday.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birthday)).isTrue();
            assertThat(birthday.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1985, 3, 3));
            var revenue = evilRow.getCell(15);
            assertThat(revenue.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(revenue.getCellStyle().getDataFormatString()).contains("€");
        }
    }

    @Test
    void theImportTemplateHasTheRecognisedHeadersAndAnExampleRow() throws Exception {
        SignedInUser admin = new TestData(context).newWorkspace("Plantilla " + TestData.uniqueSlug("p"));
        var out = new ByteArrayOutputStream();
        TestData.as(admin, () -> {
            templates.write(ImportKind.CUSTOMERS, out, Locale.forLanguageTag("es"));
            return null;
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new java.util.ArrayList<String>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(HeaderSuggestions.suggest(ImportKind.CUSTOMERS, headers)).hasSize(headers.size());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("01234567L");
        }
    }
}
