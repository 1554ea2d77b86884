package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small receivables book whose figures are worked out by hand, written through {@link ReceivableLedger} as the
 * finance services do. Ledger (booked on: change of open amount, due day):
 * <pre>
 * I4 Carla  2026-01-10 +300  due 02-09                              open 300
 * I1 Ana    2026-03-02 +1000 due 04-01; 03-20 −400 paid; 04-10 −600  open 0
 * I2 Ana    2026-03-15 +500  due 03-31; 04-05 −100 credit note       open 400
 * I3 Bruno  2026-04-10 +2000 due 05-10; 04-20 −500 paid; 04-25 +500 (that payment reversed)  open 2000
 * I5 Bruno  today      +100  due today + 30                          open 100
 * </pre>
 * Payments: Ana 400 on 03-20 and 600 on 04-10; Bruno 500 on 04-20 reversed on 04-25; Carla 250 on 04-15 left
 * unallocated. Credit limits: workspace default 1000, Ana her own 200, Carla her own 5000, Bruno the default.
 */
public final class ReceivablesSample {

    public final Customer ana;
    public final Customer bruno;
    public final Customer carla;
    public final LocalDate today;

    private final TenantSql sql;
    private final ReceivableLedger ledger;

    public ReceivablesSample(ApplicationContext context, SignedInUser admin) {
        TestData data = new TestData(context);
        this.sql = context.getBean(TenantSql.class);
        this.ledger = context.getBean(ReceivableLedger.class);
        ana = data.customer(admin, "Ana Deudora", null, LifecycleStage.ACTIVE);
        bruno = data.customer(admin, "Bruno Moroso", null, LifecycleStage.ACTIVE);
        carla = data.customer(admin, "Carla Antigua", null, LifecycleStage.ACTIVE);
        today = TestData.as(admin, () -> context.getBean(com.cartera.customer.WorkspaceCalendar.class).today());
        TestData.as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> {
            write();
            return null;
        }));
    }

    private void write() {
        issue(carla, "2026-01-10", "2026-02-09", "300.00");
        long i1 = issue(ana, "2026-03-02", "2026-04-01", "1000.00");
        long i2 = issue(ana, "2026-03-15", "2026-03-31", "500.00");
        long i3 = issue(bruno, "2026-04-10", "2026-05-10", "2000.00");
        issue(bruno, today.toString(), today.plusDays(30).toString(), "100.00");
        book(i1, LedgerEntryKind.PAYMENT, "2026-03-20", "400.00");
        book(i1, LedgerEntryKind.PAYMENT, "2026-04-10", "600.00");
        book(i2, LedgerEntryKind.CREDIT, "2026-04-05", "100.00");
        book(i3, LedgerEntryKind.PAYMENT, "2026-04-20", "500.00");
        book(i3, LedgerEntryKind.REVERSAL, "2026-04-25", "500.00");
        payment(ana, "2026-03-20", "400.00", "0", null);
        payment(ana, "2026-04-10", "600.00", "0", null);
        payment(bruno, "2026-04-20", "500.00", "0", "2026-04-25");
        payment(carla, "2026-04-15", "250.00", "250.00", null);
        sql.client().sql("update finance_settings set default_credit_limit = 1000").update();
        sql.client().sql("insert into customer_credit (customer_id, credit_limit) values (:ana, 200), (:carla, 5000)")
                .param("ana", ana.getId()).param("carla", carla.getId()).update();
    }

    private long issue(Customer customer, String issued, String due, String total) {
        long id = sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal, total)
                        values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total) returning id""")
                .param("number", "F-" + TestData.uniqueSlug("n"))
                .param("customer", customer.getId())
                .param("issued", LocalDate.parse(issued))
                .param("due", LocalDate.parse(due))
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
        ledger.issue(id);
        return id;
    }

    private void book(long invoice, LedgerEntryKind kind, String on, String amount) {
        ledger.book(invoice, kind, LocalDate.parse(on), new BigDecimal(amount));
    }

    private void payment(Customer customer, String received, String amount, String unallocated, String reversed) {
        sql.client().sql("""
                        insert into payment (customer_id, received_on, amount, currency, method, unallocated,
                                             reversed_on, reversed_at)
                        values (:customer, :received, :amount, 'EUR', 'BANK_TRANSFER', :unallocated, :reversed,
                                :reversedAt)""")
                .param("customer", customer.getId())
                .param("received", LocalDate.parse(received))
                .param("amount", new BigDecimal(amount))
                .param("unallocated", new BigDecimal(unallocated))
                .param("reversed", reversed == null ? null : LocalDate.parse(reversed))
                .param("reversedAt", reversed == null ? null : Timestamp.valueOf(reversed + " 12:00:00"))
                .update();
    }
}
