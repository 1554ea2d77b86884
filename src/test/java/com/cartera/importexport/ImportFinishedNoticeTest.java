package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.notification.Notification;
import com.cartera.notification.NotificationKind;
import com.cartera.notification.NotificationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Whoever started an import is told when it ends, however it ends; nobody else is. */
@CarteraIntegrationTest
class ImportFinishedNoticeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportJobStore store;
    @Autowired
    TenantSql sql;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSubmitterIsToldWhenTheJobEnds() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Importa avisos " + TestData.uniqueSlug("i"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("v"), "Vera", Set.of(Role.SALES));
        long jobId = TestData.as(admin, () -> new TransactionTemplate(transactions).execute(status ->
                sql.client().sql("insert into import_job (kind, mode, file_name, sheet_name, header_row, headers, status,"
                                + " submitted_by) values ('CUSTOMERS', 'CREATE_ONLY', 'clientes <b>2026</b>.xlsx', 'Hoja1',"
                                + " 1, '[]', 'RUNNING', :by) returning id")
                        .param("by", admin.userId()).query(Long.class).single()));

        TestData.as(admin, () -> {
            store.finish(jobId, ImportStatus.FAILED, "import.job.failed", List.of());
            return null;
        });

        List<Notification> received = TestData.as(admin, () -> notifications.latest(10));
        assertThat(received).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.IMPORT_FINISHED);
            assertThat(notice.textKey()).isEqualTo("notification.import-finished.failed");
            assertThat(notice.arguments()).containsExactly("clientes <b>2026</b>.xlsx");
            assertThat(notice.linkPath()).isEqualTo("import");
        });
        assertThat(TestData.as(seller, () -> notifications.latest(10))).isEmpty();
    }
}
