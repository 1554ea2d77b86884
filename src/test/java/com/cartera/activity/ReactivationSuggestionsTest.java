package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerChurnRisk;
import com.cartera.customer.CustomerChurnRisk.Reason;
import com.cartera.customer.CustomerChurnRisk.Update;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reactivation suggestions on PostgreSQL: the churn risk the customer module publishes (with its reasons) makes the
 * daily suggestions propose a follow-up to the owner of each high-risk customer without an open follow-up; accepting
 * one schedules the call; another workspace's risks propose nothing here.
 */
@CarteraIntegrationTest
class ReactivationSuggestionsTest {

    private static final List<Reason> REASONS = List.of(new Reason("RHYTHM", List.of(30L, 120L)),
            new Reason("P_ALIVE", List.of(18L)));

    @Autowired
    ApplicationContext context;
    @Autowired
    FollowUpSuggestionService suggestionService;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    CustomerChurnRisk churnRisk;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser sales;

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Reactivar " + TestData.uniqueSlug("r"));
        sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Rita Ventas", Set.of(Role.SALES));
    }

    private void publish(SignedInUser user, Update... updates) {
        TestData.as(user, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> churnRisk.write(List.of(updates))));
    }

    @Test
    void highRisksWithoutAnOpenFollowUpAreProposedToTheirOwnerWithTheReasons() {
        Customer atRisk = data.customer(sales, "Ferretería Ruiz", null, LifecycleStage.ACTIVE);
        Customer covered = data.customer(sales, "Bodegas Sol", null, LifecycleStage.ACTIVE);
        Customer medium = data.customer(sales, "Óptica Luz", null, LifecycleStage.ACTIVE);
        TestData.as(sales, () -> followUpService.schedule(new FollowUpDraft(covered.getId(), null, FollowUpKind.CALL,
                Instant.now().plus(2, ChronoUnit.DAYS), 30, null, "Ya en marcha")));
        publish(admin, new Update(atRisk.getId(), 82, ChurnRiskLevel.HIGH, REASONS),
                new Update(covered.getId(), 70, ChurnRiskLevel.HIGH, REASONS),
                new Update(medium.getId(), 45, ChurnRiskLevel.MEDIUM, List.of()));

        assertThat(TestData.as(sales, () -> suggestionService.refresh())).isEqualTo(1);
        List<FollowUpSuggestion> pending = TestData.as(sales, () -> suggestionService.pending(sales.userId(),
                PageRequest.of(0, 10)));
        assertThat(pending).extracting(s -> s.getCustomer().getId(), FollowUpSuggestion::getReason)
                .containsExactly(tuple(atRisk.getId(), SuggestionReason.REACTIVATION));
        assertThat(CustomerChurnRisk.decode(pending.getFirst().getDetail())).isEqualTo(REASONS);
        // Proposed once: the next refresh finds it already there.
        assertThat(TestData.as(sales, () -> suggestionService.refresh())).isZero();

        FollowUp call = TestData.as(sales, () -> suggestionService.accept(pending.getFirst().getId(),
                "Reactivar a Ferretería Ruiz"));
        assertThat(call.getAssignee().getUserId()).isEqualTo(sales.userId());
        assertThat(call.getKind()).isEqualTo(FollowUpKind.CALL);
        assertThat(TestData.as(sales, () -> suggestionService.pending(null, PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void anotherWorkspacesRisksProposeNothingHere() {
        SignedInUser other = data.newWorkspace("Otra " + TestData.uniqueSlug("r"));
        Customer theirs = data.customer(other, "Cliente ajeno", null, LifecycleStage.ACTIVE);
        publish(other, new Update(theirs.getId(), 90, ChurnRiskLevel.HIGH, REASONS));

        assertThat(TestData.as(admin, () -> suggestionService.refresh())).isZero();
        assertThat(TestData.as(admin, () -> suggestionService.pending(null, PageRequest.of(0, 10)))).isEmpty();
        assertThat(TestData.as(other, () -> suggestionService.refresh())).isEqualTo(1);
    }
}
