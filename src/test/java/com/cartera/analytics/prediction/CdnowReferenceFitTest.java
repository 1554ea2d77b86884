package com.cartera.analytics.prediction;

import static com.cartera.TestWorkspaces.as;
import static com.cartera.TestWorkspaces.signUp;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.cartera.CarteraIntegrationTest;
import com.cartera.analytics.Kpi;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.commerce.PurchaseBulkImport;
import com.cartera.commerce.SalesChannel;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published CDNOW fit, reproduced from purchases stored through the product's bulk purchase path (the one the
 * Excel import uses): 2,357 customers and 6,919 purchases in a fresh workspace, read back by the workspace fit with
 * calibration end 1997-09-30 — Fader, Hardie and Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426,
 * log-likelihood −9582.4; Gamma-Gamma on the 946 repeat buyers: p = 6.25, q = 3.74, γ = 15.44.
 */
@CarteraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdnowReferenceFitTest {

    @Autowired
    SignupService signups;
    @Autowired
    CustomerBulkImport customerImport;
    @Autowired
    PurchaseBulkImport purchaseImport;
    @Autowired
    PredictionRefit refit;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    PredictionService predictions;
    @Autowired
    TenantSql sql;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transaction;
    private SignedInUser admin;

    @BeforeAll
    void loadTheSampleThroughThePurchasePath() {
        transaction = new TransactionTemplate(transactionManager);
        admin = signUp(signups, uniqueSlug("cdnow"));
        List<CdnowSample.Purchase> purchases = CdnowSample.purchases();
        as(admin, () -> transaction.executeWithoutResult(status -> {
            Set<Integer> sampleIds = new TreeSet<>();
            purchases.forEach(purchase -> sampleIds.add(purchase.customer()));
            var rows = new ArrayList<CustomerBulkImport.Row>();
            for (int id : sampleIds) {
                var customer = new Customer();
                customer.setName("Cliente CDNOW " + id);
                customer.setLifecycleStage(LifecycleStage.ACTIVE);
                rows.add(new CustomerBulkImport.Row(customer, "cdnow-" + id, null, null));
            }
            customerImport.insert(rows, admin.userId());
            Map<String, CustomerBulkImport.Existing> ids = customerImport.find(CustomerBulkImport.Key.EXTERNAL_ID,
                    rows.stream().map(CustomerBulkImport.Row::externalId).toList());
            long product = purchaseImport.products(Map.of("CD", new BigDecimal("15.00"))).get("cd");
            purchaseImport.insert(purchases.stream().map(purchase -> new PurchaseBulkImport.Row(
                    ids.get("cdnow-" + purchase.customer()).id(), purchase.day(), product,
                    BigDecimal.valueOf(purchase.quantity()), purchase.amount().setScale(2, RoundingMode.HALF_UP),
                    SalesChannel.ONLINE, null)).toList(), admin.userId());
        }));
    }

    @Test
    void theWorkspaceFitReproducesThePublishedParameters() {
        Long stored = as(admin, () -> transaction.execute(status -> sql.client()
                .sql("select count(*) from purchase").query(Long.class).single()));
        assertThat(stored).isEqualTo(6919);

        PredictionRefit.Outcome outcome = as(admin, () -> transaction.execute(status ->
                refit.refit(CdnowSample.CALIBRATION_END)));

        ModelFit fit = outcome.fit().orElseThrow();
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.fitCustomers()).isEqualTo(2357);
        assertThat(fit.r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.repeatBuyers()).isEqualTo(946);
        assertThat(fit.p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.gamma()).isCloseTo(15.44, within(0.005));
        assertThat(outcome.scored()).isEqualTo(2357);
        Optional<ModelFit> latest = as(admin, () -> predictions.latestFit());
        assertThat(latest).contains(fit);

        // The dashboard's predictive CLV tile is the fit's 12-month CLV summed over the scored customers.
        BigDecimal scoredClv = as(admin, () -> transaction.execute(status -> sql.client()
                .sql("select sum(clv_12m) from customer_prediction").query(BigDecimal.class).single()));
        assertThat(scoredClv).isPositive();
        Kpi tile = as(admin, () -> analytics.kpis(Period.month(CdnowSample.CALIBRATION_END), null).predictiveClv());
        assertThat(tile.current()).isEqualByComparingTo(scoredClv);
    }
}
