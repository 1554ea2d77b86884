package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers with owners, issued invoices and payments, and dunning runs as the daily job makes them. */
public final class DunningFixtures {

    private final TenantSql sql;
    private final TransactionTemplate transactions;
    private final ReceivableLedger ledger;
    private final DunningRun dunning;
    private final CustomerService customers;
    private final TeamDirectory team;

    public DunningFixtures(ApplicationContext context) {
        this.sql = context.getBean(TenantSql.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.ledger = context.getBean(ReceivableLedger.class);
        this.dunning = context.getBean(DunningRun.class);
        this.customers = context.getBean(CustomerService.class);
        this.team = context.getBean(TeamDirectory.class);
    }

    public <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    /** A customer owned by {@code owner} (null: nobody). */
    public Customer customer(SignedInUser admin, String name, SignedInUser owner) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(TestData.uniqueEmail("cliente"));
        customer.setLifecycleStage(LifecycleStage.ACTIVE);
        if (owner != null) {
            customer.setOwner(TestData.as(admin, () -> team.find(owner.userId()).orElseThrow()));
        }
        return TestData.as(admin, () -> customers.save(customer));
    }

    /** An invoice issued 30 days before {@code dueOn} for {@code total}, booked in the ledger. */
    public long issued(SignedInUser admin, Customer customer, String number, LocalDate dueOn, String total) {
        return inWorkspace(admin, () -> {
            long id = sql.client().sql("""
                            insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                                 total)
                            values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total)
                            returning id""")
                    .param("number", number)
                    .param("customer", customer.getId())
                    .param("issued", dueOn.minusDays(30))
                    .param("due", dueOn)
                    .param("total", new BigDecimal(total))
                    .query(Long.class).single();
            ledger.issue(id);
            return id;
        });
    }

    public void pay(SignedInUser admin, long invoiceId, LocalDate on, String amount) {
        inWorkspace(admin, () -> ledger.book(invoiceId, LedgerEntryKind.PAYMENT, on, new BigDecimal(amount)));
    }

    /** The dunning run of {@code today} as the daily job makes it: in the workspace's scope, nobody signed in. */
    public int dun(SignedInUser admin, LocalDate today) {
        return TestData.as(null, () -> TenantScope.call(admin.workspace().tenant(), () -> dunning.run(today)));
    }

    /** The steps an invoice reached: days overdue and the follow-up given (null for a step recorded silently). */
    public List<Map<String, Object>> done(SignedInUser admin, long invoiceId) {
        return inWorkspace(admin, () -> sql.client().sql("""
                        select s.days_overdue, d.follow_up_id from dunning_done d
                        join dunning_step s on s.id = d.step_id
                        where d.invoice_id = :invoice order by s.days_overdue""")
                .param("invoice", invoiceId).query().listOfRows());
    }
}
