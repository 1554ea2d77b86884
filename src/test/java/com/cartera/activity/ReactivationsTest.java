package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.CustomerChurnRisk.AtRisk;
import com.cartera.customer.CustomerChurnRisk.Reason;
import org.junit.jupiter.api.Test;

/** The reactivation rule with hand-set risks: every high-risk customer no open follow-up covers, owned or not. */
class ReactivationsTest {

    private static final UUID OWNER = UUID.randomUUID();

    private static AtRisk risk(long customerId, UUID owner) {
        return new AtRisk(customerId, owner, 75, List.of(new Reason("RHYTHM", List.of(30L, 120L))));
    }

    @Test
    void highRisksWithoutAnOpenFollowUpAreProposedWithTheirOwners() {
        List<AtRisk> proposed = Reactivations.toPropose(List.of(risk(1, OWNER), risk(2, OWNER), risk(3, null)),
                Set.of(2L));

        assertThat(proposed).extracting(AtRisk::customerId, AtRisk::ownerId)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1L, OWNER),
                        org.assertj.core.api.Assertions.tuple(3L, null));
    }

    @Test
    void nothingIsProposedWhenEveryRiskIsCovered() {
        assertThat(Reactivations.toPropose(List.of(risk(1, OWNER)), Set.of(1L))).isEmpty();
        assertThat(Reactivations.toPropose(List.of(), Set.of())).isEmpty();
    }
}
