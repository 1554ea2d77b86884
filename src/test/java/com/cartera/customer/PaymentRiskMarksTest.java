package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Finance's marks land on the customer record, change only what changed, and clear. */
@CarteraIntegrationTest
class PaymentRiskMarksTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PaymentRiskMarks marks;
    @Autowired
    CustomerService customers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void marksAreWrittenOnceAndCleared() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Riesgo " + TestData.uniqueSlug("r"));
        Customer late = data.customer(admin, "Tardía", null, LifecycleStage.ACTIVE);
        var mark = new PaymentRiskMarks.Mark(late.getId(), PaymentRisk.HIGH,
                Set.of(PaymentRiskReason.OVERDUE_LONG, PaymentRiskReason.OVER_CREDIT_LIMIT));
        assertThat(write(admin, mark)).isEqualTo(1);
        assertThat(write(admin, mark)).isZero();
        Customer read = TestData.as(admin, () -> customers.find(late.getId()).orElseThrow());
        assertThat(read.getPaymentRisk()).isEqualTo(PaymentRisk.HIGH);
        assertThat(read.getPaymentRiskReasons())
                .containsExactlyInAnyOrder(PaymentRiskReason.OVERDUE_LONG, PaymentRiskReason.OVER_CREDIT_LIMIT);
        assertThat(read.getVersion()).isEqualTo(late.getVersion());

        assertThat(write(admin, new PaymentRiskMarks.Mark(late.getId(), null, Set.of()))).isEqualTo(1);
        Customer cleared = TestData.as(admin, () -> customers.find(late.getId()).orElseThrow());
        assertThat(cleared.getPaymentRisk()).isNull();
        assertThat(cleared.getPaymentRiskReasons()).isEmpty();
    }

    private int write(SignedInUser user, PaymentRiskMarks.Mark mark) {
        return TestData.as(user, () -> transactions.execute(status -> marks.write(List.of(mark))));
    }
}
