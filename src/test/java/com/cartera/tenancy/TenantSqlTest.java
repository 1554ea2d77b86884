package com.cartera.tenancy;

import static com.cartera.TestWorkspaces.as;
import static com.cartera.TestWorkspaces.signUp;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The workspace SQL helper reads only the workspace in scope, inside its transaction, and nowhere else. */
@CarteraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSqlTest {

    record NamedRow(long id, String name) {
    }

    @Autowired
    SignupService signups;
    @Autowired
    CustomerService customers;
    @Autowired
    TenantSql sql;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transaction;
    private SignedInUser first;
    private SignedInUser second;

    @BeforeAll
    void twoWorkspacesWithOneCustomerEach() {
        transaction = new TransactionTemplate(transactionManager);
        first = signUp(signups, uniqueSlug("sql-a"));
        second = signUp(signups, uniqueSlug("sql-b"));
        as(first, () -> customers.save(customer("Alfa de A")));
        as(second, () -> customers.save(customer("Beta de B")));
    }

    private static Customer customer(String name) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        return customer;
    }

    private List<NamedRow> customerRows() {
        return transaction.execute(status -> sql.client()
                .sql("select id, name from customer order by id").query(NamedRow.class).list());
    }

    @Test
    void eachWorkspaceSeesOnlyItsOwnRows() {
        assertThat(as(first, this::customerRows)).extracting(NamedRow::name).containsExactly("Alfa de A");
        assertThat(as(second, this::customerRows)).extracting(NamedRow::name).containsExactly("Beta de B");
    }

    @Test
    void readsWhatItsTransactionWroteBeforeTheFlush() {
        List<String> names = as(first, () -> transaction.execute(status -> {
            customers.save(customer("Recién creado"));
            List<String> seen = sql.client().sql("select name from customer order by id").query(String.class).list();
            status.setRollbackOnly();
            return seen;
        }));
        assertThat(names).containsExactly("Alfa de A", "Recién creado");
        assertThat(as(first, this::customerRows)).extracting(NamedRow::name).containsExactly("Alfa de A");
    }

    @Test
    void refusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> as(first, () -> sql.client()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    @Test
    void refusesToRunWithoutAWorkspace() {
        assertThatThrownBy(() -> transaction.execute(status -> sql.client())).isInstanceOf(NoTenantException.class);
    }
}
