package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerSource;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The source catalogue a new workspace starts with, and campaigns read back only in their own workspace. */
@CarteraIntegrationTest
class MarketingCatalogueReadTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MarketingSources sources;
    @Autowired
    Campaigns campaigns;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNewWorkspaceHasTheNineBuiltInSourcesMappedToTheCustomerRecordsSources() {
        var admin = new TestData(context).newWorkspace("Fuentes " + TestData.uniqueSlug("m"));
        TestData.as(admin, () -> {
            assertThat(sources.all()).extracting(SourceInfo::code).containsExactly("WEB", "REFERRAL", "TRADE_FAIR",
                    "PAID_SEARCH", "SOCIAL", "EMAIL", "PARTNER", "WALK_IN", "OTHER");
            SourceInfo web = sources.forCustomerSource(CustomerSource.WEBSITE).orElseThrow();
            assertThat(web.label(key -> "«" + key + "»")).isEqualTo("«marketing-source.WEB»");
            assertThat(sources.forCustomerSource(CustomerSource.COLD_CALL)).isEmpty();
            return null;
        });
    }

    @Test
    void aCampaignIsFoundByIdAndByNameIgnoringCaseOnlyInItsWorkspace() {
        var data = new TestData(context);
        SignedInUser ours = data.newWorkspace("Nuestra " + TestData.uniqueSlug("m"));
        SignedInUser theirs = data.newWorkspace("Suya " + TestData.uniqueSlug("m"));
        long id = TestData.as(ours, () -> transactions.execute(status -> sql.client().sql("""
                        insert into campaign (name, channel, source_id, starts_on, status, created_at, updated_at)
                        select 'Rebajas de enero', 'EMAIL', id, date '2026-01-07', 'PLANNED', now(), now()
                        from marketing_source where code = 'EMAIL' returning id""").query(Long.class).single()));

        TestData.as(ours, () -> {
            CampaignInfo found = campaigns.find(id).orElseThrow();
            assertThat(found.channel()).isEqualTo(CampaignChannel.EMAIL);
            assertThat(found.status()).isEqualTo(CampaignStatus.PLANNED);
            assertThat(found.endsOn()).isNull();
            assertThat(campaigns.findByName(" REBAJAS de Enero ")).contains(found);
            return null;
        });
        TestData.as(theirs, () -> {
            assertThat(campaigns.find(id)).isEmpty();
            assertThat(campaigns.findByName("Rebajas de enero")).isEmpty();
            assertThat(campaigns.all()).isEmpty();
            return null;
        });
    }
}
