package com.cartera.finance;

import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every day, in every workspace, judges the payment risk again: an unpaid invoice grows riskier by itself. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PaymentRiskProperties.class)
class DailyPaymentRisk implements SchedulingConfigurer {

    private final PaymentRiskProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final PaymentRiskRefresh refresh;

    DailyPaymentRisk(PaymentRiskProperties properties, EveryWorkspace everyWorkspace, PaymentRiskRefresh refresh) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.refresh = refresh;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::judgeInEveryWorkspace, properties.refreshCron());
    }

    /** Returns how many workspaces failed. */
    int judgeInEveryWorkspace() {
        return everyWorkspace.run("payment risk judged", () -> refresh.judgeAll() + " risks changed");
    }
}
