package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.marketing.target.ResponseImport;
import com.cartera.marketing.target.TargetListExport;
import com.cartera.marketing.target.TargetMembers;
import com.cartera.security.FieldRejectedException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Response files set members' statuses and report rows that match nobody; the export is for a mailing tool. */
@CarteraIntegrationTest
class TargetListFilesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TargetLists lists;
    @Autowired
    TargetMembers members;
    @Autowired
    ResponseImport responses;
    @Autowired
    TargetListExport export;

    @Test
    void aResponseFileSetsStatusesBySpanishAndEnglishWordsAndReportsRowsThatMatchNobody() {
        var fx = new ListFixtures(context, "Respuestas " + TestData.uniqueSlug("tl"));
        long ana = fx.tagged("Ana Respuesta", "Ana@Example.org", null, true);
        long bea = fx.tagged("Bea Respuesta", "bea@example.org", null, true);
        long outsider = fx.customer("Fuera Lista", "fuera@example.org", null, true);
        long campaign = fx.campaign("Respuestas", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Respuestas"));
        String csv = "\uFEFFCorreo electrónico;Id cliente;Estado\r\n"
                + "ana@example.org;;Respondió\r\n"
                + ";" + bea + ";converted\r\n"
                + "fuera@example.org;;contactado\r\n"
                + ";" + outsider + ";baja\r\n"
                + "bea@example.org;;quizás\r\n";

        ResponseImport.Outcome outcome = TestData.as(fx.marketer, () -> responses.apply(list.id(), "respuestas.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.rows()).isEqualTo(5);
        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(outcome.problems()).containsExactly(
                new ResponseImport.RowProblem(4, "marketing.list.import.not-on-list", "fuera@example.org"),
                new ResponseImport.RowProblem(5, "marketing.list.import.not-on-list", Long.toString(outsider)),
                new ResponseImport.RowProblem(6, "marketing.list.import.unknown-status", "quizás"));
        TargetListSummary now = TestData.as(fx.marketer, () -> lists.find(list.id()).orElseThrow());
        assertThat(now.count(TargetStatus.RESPONDED)).isEqualTo(1);
        assertThat(now.count(TargetStatus.CONVERTED)).isEqualTo(1);
        assertThat(ana).isNotEqualTo(bea);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedNamingWhatIsMissing() {
        var fx = new ListFixtures(context, "Columnas " + TestData.uniqueSlug("tl"));
        fx.tagged("Ana Columna", "ana@example.org", null, true);
        long campaign = fx.campaign("Columnas", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Columnas"));

        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> responses.apply(list.id(), "r.csv",
                "email,nota\nana@example.org,hola\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("marketing.list.import.columns"));
        assertThatThrownBy(() -> TestData.as(fx.marketer, () -> responses.apply(list.id(), "r.pdf", new byte[] {1})))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("marketing.list.import.unreadable"));
    }

    @Test
    void theExportHasAMailingToolsColumnsAndOnlyMembersWhoStillGiveConsent() throws Exception {
        var fx = new ListFixtures(context, "Exportar " + TestData.uniqueSlug("tl"));
        fx.tagged("Ana García López", "ana@example.org", "+34 600 000 001", true);
        long withdraws = fx.tagged("Bea Retira", "bea@example.org", null, true);
        fx.tagged("=Cmd Inyección", "cmd@example.org", null, true);
        fx.tagged("Sin Consentimiento", "sin@example.org", null, false);
        long campaign = fx.campaign("Exportar", CampaignChannel.EMAIL);
        TargetListSummary list = TestData.as(fx.marketer, () -> lists.build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Exportar"));
        fx.withdrawConsent(withdraws);

        var csv = new ByteArrayOutputStream();
        int csvRows = TestData.as(fx.marketer, () -> export.write(list.id(), TargetListExport.Format.CSV, csv,
                Locale.forLanguageTag("es")));
        var xlsx = new ByteArrayOutputStream();
        int xlsxRows = TestData.as(fx.marketer, () -> export.write(list.id(), TargetListExport.Format.XLSX, xlsx,
                Locale.forLanguageTag("es")));

        assertThat(list.members()).isEqualTo(3);
        assertThat(csvRows).isEqualTo(2);
        assertThat(xlsxRows).isEqualTo(2);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "email,first_name,last_name,name,company,phone,language,status",
                "ana@example.org,Ana,García López,Ana García López,,+34 600 000 001,es,targeted",
                "cmd@example.org,'=Cmd,Inyección,'=Cmd Inyección,,,es,targeted");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("email");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ana@example.org");
        }
        TestData.as(fx.marketer, () -> {
            assertThat(members.page(list.id(), com.cartera.marketing.target.MemberFilter.ALL, 0, 10))
                    .filteredOn(row -> row.customerId() == withdraws).singleElement()
                    .satisfies(row -> assertThat(row.consent()).isFalse());
            return null;
        });
    }
}
