package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.finance.Statement.LineKind;
import com.cartera.mail.TestSmtp;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The statement as .xlsx, read back with POI, and as an e-mail that arrives in the test SMTP server. */
@CarteraIntegrationTest
class StatementExportMailTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    ApplicationContext context;
    @Autowired
    StatementExport export;
    @Autowired
    StatementMail mail;
    @Autowired
    PaymentService payments;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    /** The month of {@code StatementsTest}: opening 100.00, six lines, closing 110.00. */
    static Statement march() {
        return new Statement(7, "=Cliente Extracto", "x@example.test", "EUR", MARCH_1, MARCH_31,
                new BigDecimal("100.00"), List.of(
                line(2, LineKind.INVOICE, "F-B", "121.00", null, "221.00"),
                line(5, LineKind.PAYMENT, "TR-1", null, "60.00", "161.00"),
                line(10, LineKind.CREDIT_NOTE, "R-1", null, "21.00", "140.00"),
                line(15, LineKind.PAYMENT, "TR-2", null, "150.00", "-10.00"),
                line(20, LineKind.REVERSAL, "TR-2", "150.00", null, "140.00"),
                line(25, LineKind.PAYMENT, "TR-3", null, "30.00", "110.00")),
                new BigDecimal("271.00"), new BigDecimal("261.00"), new BigDecimal("110.00"), List.of(
                new Statement.OpenInvoice(1, "F-A", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 12),
                        new BigDecimal("100.00"), new BigDecimal("40.00"), 19),
                new Statement.OpenInvoice(2, "F-B", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                        new BigDecimal("121.00"), new BigDecimal("100.00"), 0)),
                new BigDecimal("30.00"));
    }

    static Statement.Line line(int day, LineKind kind, String document, String debit, String credit,
                               String balance) {
        return new Statement.Line(LocalDate.of(2026, 3, day), kind, day, document,
                debit == null ? null : new BigDecimal(debit), credit == null ? null : new BigDecimal(credit),
                new BigDecimal(balance));
    }

    @Test
    void theXlsxHoldsHeaderLinesWithRunningBalanceTotalsAndOpenInvoicesAsNumbers() throws Exception {
        SignedInUser admin = new TestData(context).newWorkspace("Hoja extracto " + TestData.uniqueSlug("h"));
        var out = new ByteArrayOutputStream();
        TestData.as(admin, () -> {
            export.write(march(), out, Locale.forLanguageTag("es"));
            return null;
        });
        assertThat(TestData.as(admin, () -> export.fileName(march(), Locale.forLanguageTag("es")))).isEqualTo("extracto-7-2026-03-31.xlsx");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Extracto de cuenta");
            // A name that starts like a formula is kept as text.
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=Cliente Extracto");
            assertThat(sheet.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MARCH_1);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(2))).isTrue();
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("EUR");
            int head = StatementExport.HEADER_ROW;
            assertThat(sheet.getRow(head).getCell(5).getStringCellValue()).isEqualTo("Saldo");
            // Opening balance on 28 Feb, then the six lines.
            assertThat(sheet.getRow(head + 1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(sheet.getRow(head + 1).getCell(5).getNumericCellValue()).isEqualTo(100.00);
            assertThat(sheet.getRow(head + 2).getCell(1).getStringCellValue()).isEqualTo("Factura");
            assertThat(sheet.getRow(head + 2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(head + 2).getCell(3).getNumericCellValue()).isEqualTo(121.00);
            assertThat(sheet.getRow(head + 2).getCell(4)).isNull();
            assertThat(sheet.getRow(head + 5).getCell(5).getNumericCellValue()).isEqualTo(-10.00);
            assertThat(sheet.getRow(head + 5).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            var totals = sheet.getRow(head + 8);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(271.00);
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(261.00);
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(110.00);
            // A blank row, the title, the column heads, then F-A with 40.00 open, 19 days overdue.
            var firstOpen = sheet.getRow(head + 12);
            assertThat(firstOpen.getCell(0).getStringCellValue()).isEqualTo("F-A");
            assertThat(firstOpen.getCell(4).getNumericCellValue()).isEqualTo(40.00);
            assertThat(firstOpen.getCell(5).getNumericCellValue()).isEqualTo(19);
            var credit = sheet.getRow(head + 15);
            assertThat(credit.getCell(0).getStringCellValue()).isEqualTo("Cobros sin asignar (a su favor)");
            assertThat(credit.getCell(4).getNumericCellValue()).isEqualTo(30.00);
        }
    }

    /**
     * One invoice of 121.00 issued 2 Mar, due 1 Apr, with 21.00 paid on 5 Mar: on 31 Mar 100.00 is open, not yet
     * due, and the balance is 100.00.
     */
    @Test
    void theStatementIsMailedToTheCustomerWithItsOpenInvoices() {
        TestSmtp.start();
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Envío extracto " + TestData.uniqueSlug("m"));
        String address = TestData.uniqueEmail("cliente");
        Customer customer = data.customer(admin, "Cliente Correo", address, LifecycleStage.ACTIVE);
        Customer silent = data.customer(admin, "Sin Correo", null, LifecycleStage.ACTIVE);
        var invoices = new PaymentTestInvoices(sql, ledger);
        long invoice = TestData.as(admin, () -> transactions.execute(status -> invoices.issued(customer.getId(),
                "F-M", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "121.00")));
        TestData.as(admin, () -> payments.record(new PaymentDraft(customer.getId(), LocalDate.of(2026, 3, 5),
                new BigDecimal("21.00"), "EUR", PaymentMethod.CARD, "TPV-1", null,
                List.of(new InvoiceAllocation(invoice, new BigDecimal("21.00"))))));
        int before = TestSmtp.received().size();

        String sentTo = TestData.as(admin, () -> mail.send(customer.getId(), MARCH_1, MARCH_31,
                Locale.forLanguageTag("es")));

        assertThat(sentTo).isEqualTo(address);
        assertThat(TestSmtp.awaitReceived(before + 1, Duration.ofSeconds(30))).isTrue();
        SentMail.Message message = SentMail.last(address);
        assertThat(message.subject()).isEqualTo("Extracto de cuenta del 01/03/2026 al 31/03/2026");
        assertThat(message.text()).contains("Hola, Cliente Correo:", "Saldo al final del periodo: 100,00 EUR",
                "Facturas pendientes: una, por 100,00 EUR", "a su favor: 0,00 EUR")
                .containsPattern("F-M-\\d+ · vence el 01/04/2026 · pendiente 100,00 EUR");
        assertThat(message.html()).contains("Cliente Correo");

        assertThatThrownBy(() -> TestData.as(admin, () -> mail.send(silent.getId(), MARCH_1, MARCH_31,
                Locale.forLanguageTag("es")))).isInstanceOfSatisfying(FinanceRefusedException.class,
                refused -> assertThat(refused.field()).isEqualTo("email"));
    }
}
