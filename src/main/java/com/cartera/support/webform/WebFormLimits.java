package com.cartera.support.webform;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.cartera.base.limit.TokenBuckets;

/**
 * Rations submissions of the public form per client address (across workspaces) and per workspace, with token
 * buckets in the control schema so that every replica draws on the same budgets. The client's address is the
 * request's remote address, which {@code security.TrustedProxies} takes from {@code X-Forwarded-For} only when a
 * configured proxy sent the request. Only submissions that would open a ticket are charged: a person correcting a
 * typo spends nothing.
 */
@Component
class WebFormLimits {

    /** Which budget refused a submission. */
    enum Verdict { ALLOWED, CLIENT_SPENT, WORKSPACE_SPENT }

    private final TokenBuckets buckets;
    private final WebFormProperties settings;

    WebFormLimits(JdbcClient jdbc, Clock clock, WebFormProperties settings) {
        this.buckets = new TokenBuckets(jdbc, clock, "cartera.support_form_budget", "subject");
        this.settings = settings;
    }

    /**
     * Takes one submission from the client's budget, then one from the workspace's.
     *
     * @param client the client's address, or null when unknown (then only the workspace's budget counts)
     */
    Verdict tryAcquire(UUID tenantId, String client) {
        if (client != null && !buckets.take("client " + client, settings.perClient(), settings.period())) {
            return Verdict.CLIENT_SPENT;
        }
        return buckets.take("workspace " + tenantId, settings.perWorkspace(), settings.period())
                ? Verdict.ALLOWED : Verdict.WORKSPACE_SPENT;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        return buckets.purge(settings.period());
    }
}
