package com.cartera.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real path of a live event: a committed change is sent as a PostgreSQL notification, comes back through the
 * instance's listening connection and reaches the open page of its workspace; a lost listening connection is
 * opened again and events flow as before.
 */
@CarteraIntegrationTest
class LiveChannelTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private Opportunity deal;
    private PipelineStage second;
    private UUID tenant;

    @BeforeEach
    void aBoardOpenInAWorkspace() {
        admin = data.newWorkspace("Canal vivo " + TestData.uniqueSlug("l"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        Customer customer = data.customer(seller, "Ana García", null, LifecycleStage.LEAD);
        var pipelines = context.getBean(PipelineService.class);
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        second = as(admin, () -> pipelines.stages(pipelineId)).get(1);
        deal = as(seller, () -> context.getBean(OpportunityService.class)
                .quickAdd(pipelineId, customer.getId(), "Reforma", new BigDecimal("100")));
        tenant = admin.tenant().orElseThrow().id();
        login(admin);
        UI.getCurrent().navigate("pipeline");
    }

    private void moveAndAwaitDelivery() {
        var opportunities = context.getBean(OpportunityService.class);
        int before = context.getBean(LiveUpdates.class).delivered(tenant);
        as(seller, () -> {
            Opportunity current = opportunities.find(deal.getId()).orElseThrow();
            return opportunities.move(current.getId(), current.getVersion(), second.getId(), null, null);
        });
        // The listening thread queues the update on the page; this thread holds the page's lock and runs the queue.
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return context.getBean(LiveUpdates.class).delivered(tenant) > before;
        });
    }

    @Test
    void aCommittedMoveReachesTheOpenBoardThroughPostgres() {
        moveAndAwaitDelivery();
        assertThat(context.getBean(LiveUpdates.class).delivered(tenant)).isEqualTo(1);
    }

    @Test
    void theListeningConnectionIsOpenedAgainAfterItIsLost() {
        var channel = context.getBean(PostgresLiveChannel.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> channel.listens() > 0);
        int listens = channel.listens();

        int terminated = context.getBean(JdbcClient.class)
                .sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")
                .param(PostgresLiveChannel.APPLICATION_NAME).query(Integer.class).single();

        assertThat(terminated).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> channel.listens() > listens);
        moveAndAwaitDelivery();
    }
}
