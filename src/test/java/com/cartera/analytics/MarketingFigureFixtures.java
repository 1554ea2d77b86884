package com.cartera.analytics;

import java.time.LocalDate;

import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-built marketing workspace around March 2025 (every purchase 100.00), written with SQL into marketing's
 * tables (V38) and through the customer and commerce services:
 * <ul>
 * <li>Ana: lead created 3 Mar, first touch WEB, buys 10 Mar → acquired and converted in March (7 days).</li>
 * <li>Bea: lead created 5 Mar, first touch PAID_SEARCH / campaign Primavera, buys 8 Apr → converted in the next
 * period (34 days), acquired in April; Primavera's list marks her CONVERTED on 8 Apr.</li>
 * <li>Carla: lead created 20 Mar, first touch REFERRAL, never buys.</li>
 * <li>Dani: lead created 10 Feb, first touch PAID_SEARCH / Primavera, last touch campaign Feria, buys 15 Mar →
 * acquired in March (a February lead).</li>
 * <li>Eva: created active on 18 Mar (not a lead), first touch REFERRAL, buys 20 Mar → acquired in March.</li>
 * </ul>
 * Spend in March: WEB 300 (marketing), Primavera 500 (marketing), PAID_SEARCH 100 (sales, no campaign), Feria
 * 200 (marketing, TRADE_FAIR); in April WEB 50. REFERRAL has customers and no spend; TRADE_FAIR spend and no
 * customers under first touch.
 */
public final class MarketingFigureFixtures {

    public final SignedInUser admin;
    public final String schema;
    public final long web;
    public final long referral;
    public final long paidSearch;
    public final long tradeFair;
    public final long primavera;
    public final long feria;
    public final Customer ana;
    public final Customer bea;
    public final Customer carla;
    public final Customer dani;
    public final Customer eva;

    private final JdbcTemplate jdbc;

    public MarketingFigureFixtures(ApplicationContext context, String name) {
        var data = new TestData(context);
        var commerce = new CommerceFixtures(context);
        jdbc = context.getBean(JdbcTemplate.class);
        admin = data.newWorkspace(name + " " + TestData.uniqueSlug("mf"));
        schema = admin.tenant().orElseThrow().schema();
        web = source("WEB");
        referral = source("REFERRAL");
        paidSearch = source("PAID_SEARCH");
        tradeFair = source("TRADE_FAIR");
        primavera = campaign("Primavera", "PAID_SEARCH", paidSearch, "1000.00");
        feria = campaign("Feria", "EVENT", tradeFair, null);
        Product product = commerce.product(admin, "Caja", "CAJ", "100.00");
        ana = lead(data, "Ana", "2025-03-03T10:00:00Z", web, null, null);
        bea = lead(data, "Bea", "2025-03-05T10:00:00Z", paidSearch, primavera, null);
        carla = lead(data, "Carla", "2025-03-20T10:00:00Z", referral, null, null);
        dani = lead(data, "Dani", "2025-02-10T10:00:00Z", paidSearch, primavera, feria);
        eva = data.customer(admin, "Eva", "eva@example.es", LifecycleStage.ACTIVE);
        jdbc.update("update " + schema + ".customer set created_at = timestamptz '2025-03-18T10:00:00Z' where id = ?",
                eva.getId());
        attribute(eva, referral, null, null);
        commerce.purchase(admin, ana.getId(), LocalDate.of(2025, 3, 10), product);
        commerce.purchase(admin, bea.getId(), LocalDate.of(2025, 4, 8), product);
        commerce.purchase(admin, dani.getId(), LocalDate.of(2025, 3, 15), product);
        commerce.purchase(admin, eva.getId(), LocalDate.of(2025, 3, 20), product);
        spend("2025-03-04", "300.00", "MARKETING", web, null);
        spend("2025-03-06", "500.00", "MARKETING", paidSearch, primavera);
        spend("2025-03-31", "100.00", "SALES", paidSearch, null);
        spend("2025-03-12", "200.00", "MARKETING", tradeFair, feria);
        spend("2025-04-02", "50.00", "MARKETING", web, null);
        long list = jdbc.queryForObject("insert into " + schema + ".target_list (campaign_id, name, target_kind,"
                + " target_value, target_label, frozen_at) values (?, 'Lista', 'TIER', 'KEY', 'Clave', now())"
                + " returning id", Long.class, primavera);
        member(list, bea, "CONVERTED", "2025-04-08T09:00:00Z");
        member(list, dani, "RESPONDED", "2025-03-12T09:00:00Z");
        member(list, carla, "CONTACTED", "2025-03-21T09:00:00Z");
        member(list, ana, "TARGETED", "2025-03-01T09:00:00Z");
    }

    public void lastTouch() {
        jdbc.update("update " + schema + ".marketing_settings set attribution = 'LAST_TOUCH'");
    }

    private long source(String code) {
        return jdbc.queryForObject("select id from " + schema + ".marketing_source where code = ?", Long.class, code);
    }

    private long campaign(String name, String channel, long source, String budget) {
        return jdbc.queryForObject("insert into " + schema + ".campaign (name, channel, source_id, starts_on, budget,"
                        + " status, created_at, updated_at) values (?, ?, ?, date '2025-03-01', cast(? as numeric),"
                        + " 'RUNNING', now(), now()) returning id", Long.class, name, channel, source, budget);
    }

    private Customer lead(TestData data, String name, String createdAt, long source, Long campaign, Long touch) {
        Customer lead = data.customer(admin, name, name.toLowerCase() + "@example.es", LifecycleStage.LEAD);
        jdbc.update("update " + schema + ".customer set created_at = cast(? as timestamptz) where id = ?", createdAt,
                lead.getId());
        attribute(lead, source, campaign, touch);
        return lead;
    }

    private void attribute(Customer customer, long source, Long campaign, Long touch) {
        jdbc.update("insert into " + schema + ".customer_attribution (customer_id, first_source_id, first_campaign_id,"
                + " first_touch_at, touch_campaign_id) values (?, ?, ?, now(), ?) on conflict (customer_id) do update"
                + " set first_source_id = excluded.first_source_id, first_campaign_id = excluded.first_campaign_id,"
                + " touch_campaign_id = excluded.touch_campaign_id", customer.getId(), source, campaign,
                touch);
    }

    private void spend(String day, String amount, String kind, long source, Long campaign) {
        jdbc.update("insert into " + schema + ".marketing_spend (spent_on, amount, category, counts_as, source_id,"
                + " campaign_id, created_at) values (cast(? as date), cast(? as numeric), 'MEDIA', ?, ?, ?, now())",
                day, amount, kind, source, campaign);
    }

    private void member(long list, Customer customer, String status, String at) {
        jdbc.update("insert into " + schema + ".target_list_member (list_id, customer_id, status, status_at)"
                + " values (?, ?, ?, cast(? as timestamptz))", list, customer.getId(), status, at);
    }
}
