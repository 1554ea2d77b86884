package com.cartera.marketing.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.CustomerIntake;
import com.cartera.customer.CustomerIntake.InboundContact;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PastEntries;
import com.cartera.marketing.AttributionChanged;
import com.cartera.marketing.FirstTouchTimes;
import com.cartera.marketing.attribution.AttributionStore.Row;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each new customer's first touch is kept from the moment they are created — by the form, a web-form lead, an import
 * batch or a referral — and workspaces that predate attribution get theirs from the migration.
 */
@CarteraIntegrationTest
@RecordApplicationEvents
class FirstTouchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerBulkImport bulkImport;
    @Autowired
    CustomerIntake intake;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PastEntries pastEntries;
    @Autowired
    FirstTouchTimes firstTouchTimes;

    @Test
    void theFormKeepsTheMappedSourceOrTheCampaignNamedIgnoringCaseWithItsSource() {
        var fx = new AttributionFixtures(context, "Formulario");
        long fair = fx.campaign("Feria Agro 2026", "TRADE_FAIR");

        Customer web = fx.customer("Desde la web", CustomerSource.WEBSITE, null, null, LifecycleStage.LEAD);
        Customer visitor = fx.customer("Visitante de feria", CustomerSource.OTHER, "  feria AGRO 2026 ", null,
                LifecycleStage.LEAD);
        Customer unknownCampaign = fx.customer("Campaña perdida", CustomerSource.CAMPAIGN, "No existe", null,
                LifecycleStage.PROSPECT);
        Customer coldCall = fx.customer("Llamada en frío", CustomerSource.COLD_CALL, null, null, LifecycleStage.LEAD);

        Row webRow = fx.row(web.getId()).orElseThrow();
        assertThat(webRow.firstSourceId()).isEqualTo(fx.sourceId("WEB"));
        assertThat(webRow.firstCampaignId()).isNull();
        assertThat(webRow.firstTouchAt()).isCloseTo(web.getCreatedAt(), within(1, ChronoUnit.MILLIS));
        Row visitorRow = fx.row(visitor.getId()).orElseThrow();
        assertThat(visitorRow.firstCampaignId()).isEqualTo(fair);
        assertThat(visitorRow.firstSourceId()).isEqualTo(fx.sourceId("TRADE_FAIR"));
        Row unknownRow = fx.row(unknownCampaign.getId()).orElseThrow();
        assertThat(unknownRow.firstCampaignId()).isNull();
        assertThat(unknownRow.firstSourceId()).isEqualTo(fx.sourceId("EMAIL"));
        assertThat(fx.row(coldCall.getId()).orElseThrow().firstSourceId()).as("no catalogue source for cold calls")
                .isNull();
        assertThat(events.stream(AttributionChanged.class).flatMap(changed -> changed.customerIds().stream()))
                .contains(web.getId(), visitor.getId(), unknownCampaign.getId(), coldCall.getId());
    }

    @Test
    void aReferralKeepsWhoReferredThem() {
        var fx = new AttributionFixtures(context, "Recomendación");
        Customer friend = fx.customer("Cliente fiel", CustomerSource.WEBSITE, null, null, LifecycleStage.ACTIVE);

        Customer referred = fx.customer("Amiga de la clienta", CustomerSource.REFERRAL, null, friend,
                LifecycleStage.LEAD);

        Row row = fx.row(referred.getId()).orElseThrow();
        assertThat(row.referredById()).isEqualTo(friend.getId());
        assertThat(row.firstSourceId()).isEqualTo(fx.sourceId("REFERRAL"));
    }

    @Test
    void aWebFormLeadIsAttributedToTheWeb() {
        var fx = new AttributionFixtures(context, "Formulario web");
        var tenant = fx.admin.workspace().tenant();

        long id = TenantScope.call(tenant, () -> TestData.as(null, () -> intake.matchOrCreateLead(
                new InboundContact("Lucía Web", TestData.uniqueEmail("lucia"), "", ""), CustomerSource.WEBSITE)))
                .customerId();

        assertThat(fx.row(id).orElseThrow().firstSourceId()).isEqualTo(fx.sourceId("WEB"));
    }

    @Test
    void anImportBatchIsAttributedInOneGoWithCampaignsMatchedByName() {
        var fx = new AttributionFixtures(context, "Importación");
        long fair = fx.campaign("Expo Hogar", "TRADE_FAIR");
        List<CustomerBulkImport.Row> rows = IntStream.range(0, 500).mapToObj(i -> {
            var values = new Customer();
            values.setName("Importado " + i);
            values.setSourceCampaign(i % 2 == 0 ? "EXPO HOGAR" : null);
            return new CustomerBulkImport.Row(values, "ext-" + i, null, null);
        }).toList();

        int created = TestData.as(fx.admin, () -> transactions.execute(status -> bulkImport.insert(rows,
                fx.admin.userId())));

        assertThat(created).isEqualTo(500);
        TestData.as(fx.admin, () -> transactions.execute(status -> {
            assertThat(sql.client().sql("""
                            select count(*) filter (where first_campaign_id = :fair
                                                    and first_source_id = (select id from marketing_source
                                                                           where code = 'TRADE_FAIR')),
                                   count(*) filter (where first_campaign_id is null and first_source_id is null),
                                   count(*)
                            from customer_attribution""")
                    .param("fair", fair)
                    .query((result, n) -> List.of(result.getLong(1), result.getLong(2), result.getLong(3)))
                    .single()).containsExactly(250L, 250L, 500L);
            return null;
        }));
    }

    @Test
    void firstTouchesFollowCustomersBackdatedInBulk() {
        var fx = new AttributionFixtures(context, "Pasado");
        Customer old = fx.lead("Entró hace un año");
        Instant entered = Instant.parse("2025-11-03T09:00:00Z");

        int moved = TestData.as(fx.admin, () -> transactions.execute(status -> {
            pastEntries.backdate(List.of(new PastEntries.Entry(old.getId(), entered, null)));
            return firstTouchTimes.followCreation(List.of(old.getId()));
        }));

        assertThat(moved).isEqualTo(1);
        assertThat(fx.row(old.getId()).orElseThrow().firstTouchAt()).isEqualTo(entered);
    }

    @Test
    void theMigrationBackfillsCustomersThatPredateAttribution() throws Exception {
        var fx = new AttributionFixtures(context, "Anteriores");
        long spring = fx.campaign("Primavera", "SOCIAL");
        Customer friend = fx.customer("Antigua", CustomerSource.PARTNER, null, null, LifecycleStage.ACTIVE);
        Customer referred = fx.customer("Recomendada antigua", CustomerSource.REFERRAL, "primavera", friend,
                LifecycleStage.LEAD);
        String backfill = new ClassPathResource("db/tenant/V42__customer_attribution_backfill.sql")
                .getContentAsString(StandardCharsets.UTF_8);

        TestData.as(fx.admin, () -> transactions.execute(status -> {
            // As a workspace had them before this issue: customers, no attribution.
            sql.client().sql("delete from customer_attribution").update();
            sql.client().sql(backfill).update();
            return null;
        }));

        assertThat(fx.row(friend.getId()).orElseThrow().firstSourceId()).isEqualTo(fx.sourceId("PARTNER"));
        Row row = fx.row(referred.getId()).orElseThrow();
        assertThat(row.firstCampaignId()).isEqualTo(spring);
        assertThat(row.firstSourceId()).isEqualTo(fx.sourceId("SOCIAL"));
        assertThat(row.referredById()).isEqualTo(friend.getId());
        assertThat(row.firstTouchAt()).isCloseTo(referred.getCreatedAt(), within(1, ChronoUnit.MILLIS));
    }
}
