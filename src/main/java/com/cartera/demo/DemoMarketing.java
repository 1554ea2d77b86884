package com.cartera.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.base.db.BulkWork;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.RfmSegment;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignDraft;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.CampaignService;
import com.cartera.marketing.CampaignStatus;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.FirstTouchTimes;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.SpendCategory;
import com.cartera.marketing.SpendDraft;
import com.cartera.marketing.SpendKind;
import com.cartera.marketing.SpendService;
import com.cartera.marketing.TargetKind;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.TargetStatus;
import org.springframework.stereotype.Component;

/**
 * The demo's marketing: six campaigns over the last twelve months (finished, running, planned) with their spend
 * month by month, spend on sources alone (the web's content, the sales team's commissions), a target list for the
 * running reactivation campaign built from an RFM segment, and the portfolio's campaign customers attributed to the
 * campaigns they name — the four campaigns exist before the customers are made, so each customer's first touch is
 * recorded at creation as it would be, and moves with the made-up past afterwards.
 */
@Component
class DemoMarketing {

    /** A campaign of the story: its months run back from the current one; spend is per month within them. */
    private record Plan(String name, CampaignChannel channel, String sourceCode, int startMonthsAgo, int months,
                        CampaignStatus status, BigDecimal budget, SpendCategory category, int monthlySpend,
                        String goal) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Google Ads marca", CampaignChannel.PAID_SEARCH, "PAID_SEARCH", 11, 0, CampaignStatus.RUNNING,
                    new BigDecimal("9600.00"), SpendCategory.MEDIA, 780, "Leads de búsqueda de marca a menos de 60 €"),
            new Plan("Boletín primavera", CampaignChannel.EMAIL, "EMAIL", 9, 3, CampaignStatus.FINISHED,
                    new BigDecimal("900.00"), SpendCategory.CONTENT, 260, "Reactivar la compra de temporada"),
            new Plan("Feria Expohogar 2026", CampaignChannel.EVENT, "TRADE_FAIR", 2, 1, CampaignStatus.FINISHED,
                    new BigDecimal("6000.00"), SpendCategory.EVENTS, 4900, "120 contactos cualificados en la feria"),
            new Plan("Jornada puertas abiertas", CampaignChannel.EVENT, "WALK_IN", 5, 2, CampaignStatus.FINISHED,
                    new BigDecimal("1500.00"), SpendCategory.EVENTS, 650, "Clientes de la zona en tienda"),
            new Plan("Reactivación clientes en riesgo", CampaignChannel.EMAIL, "EMAIL", 1, 0, CampaignStatus.RUNNING,
                    new BigDecimal("1200.00"), SpendCategory.TOOLS, 240, "Recuperar a los clientes en riesgo"),
            new Plan("Redes sociales invierno", CampaignChannel.SOCIAL, "SOCIAL", -1, 3, CampaignStatus.PLANNED,
                    new BigDecimal("3000.00"), SpendCategory.MEDIA, 0, "Notoriedad de la gama de invierno"));

    /** The campaigns whose target lists the demo builds. */
    static final String REACTIVATION = "Reactivación clientes en riesgo";
    static final String REMARKETING = "Google Ads marca";

    private final CampaignService campaigns;
    private final SpendService spend;
    private final MarketingSources sources;
    private final TargetLists targetLists;
    private final FirstTouchTimes firstTouchTimes;
    private final BulkWork bulkWork;
    private final Campaigns campaignReads;
    private final SavedViewService savedViews;
    private final WorkspaceCalendar calendar;

    DemoMarketing(CampaignService campaigns, SpendService spend, MarketingSources sources, TargetLists targetLists,
                  FirstTouchTimes firstTouchTimes, BulkWork bulkWork, Campaigns campaignReads,
                  SavedViewService savedViews, WorkspaceCalendar calendar) {
        this.calendar = calendar;
        this.campaignReads = campaignReads;
        this.savedViews = savedViews;
        this.campaigns = campaigns;
        this.spend = spend;
        this.sources = sources;
        this.targetLists = targetLists;
        this.firstTouchTimes = firstTouchTimes;
        this.bulkWork = bulkWork;
    }

    /** The campaigns and spend; before the portfolio is made, by the signed-in admin {@code owner}. */
    void campaigns(UUID owner) {
        LocalDate today = calendar.today();
        var random = new Random(2026_14);
        Map<String, Long> source = sources.all().stream().filter(info -> info.code() != null)
                .collect(Collectors.toMap(SourceInfo::code, SourceInfo::id));
        YearMonth now = YearMonth.from(today);
        for (Plan plan : PLANS) {
            YearMonth first = now.minusMonths(plan.startMonthsAgo());
            LocalDate startsOn = first.atDay(1);
            LocalDate endsOn = plan.months() == 0 ? null : first.plusMonths(plan.months() - 1).atEndOfMonth();
            Campaign campaign = campaigns.create(new CampaignDraft(plan.name(), plan.channel(),
                    source.get(plan.sourceCode()), startsOn, endsOn, plan.budget(), plan.goal(), owner,
                    plan.name().equals(REACTIVATION) ? TargetKind.RFM_SEGMENT : null,
                    plan.name().equals(REACTIVATION) ? RfmSegment.AT_RISK.name() : null));
            if (plan.status() != campaign.getStatus()) {
                campaign = campaigns.changeStatus(campaign.getId(), campaign.getVersion(), plan.status());
            }
            for (YearMonth month = first; plan.monthlySpend() > 0 && !month.isAfter(now)
                    && (endsOn == null || !month.atDay(1).isAfter(endsOn)); month = month.plusMonths(1)) {
                LocalDate day = month.equals(now) ? today : month.atDay(10 + random.nextInt(15));
                if (day.isBefore(startsOn)) {
                    day = startsOn;
                }
                int amount = plan.monthlySpend() * (85 + random.nextInt(31)) / 100;
                spend.record(new SpendDraft(day, BigDecimal.valueOf(amount), plan.category(), SpendKind.MARKETING,
                        campaign.getId(), null, null));
            }
        }
        for (int back = 11; back >= 0; back--) {
            YearMonth month = now.minusMonths(back);
            LocalDate day = month.equals(now) ? today : month.atDay(5);
            spend.record(new SpendDraft(day, BigDecimal.valueOf(320 + random.nextInt(120)), SpendCategory.CONTENT,
                    SpendKind.MARKETING, null, source.get("WEB"), "Contenidos y SEO de la web"));
            spend.record(new SpendDraft(month.equals(now) ? today : month.atEndOfMonth(),
                    BigDecimal.valueOf(900 + random.nextInt(400)), SpendCategory.SALES_COMMISSIONS, SpendKind.SALES,
                    null, source.get("PARTNER"), "Comisiones de captación de socios"));
        }
    }

    /**
     * After the made-up past: first touches move to the backdated entries; the reactivation campaign gets a list of
     * the customers at risk, the search campaign a remarketing list of the open leads (from a shared saved view),
     * and part of each list has been contacted or has responded.
     */
    void afterHistory(Collection<Long> customerIds) {
        List<Long> ids = new ArrayList<>(customerIds);
        bulkWork.run(BulkWork.Job.DEMO_SEED, () -> firstTouchTimes.followCreation(ids));
        Map<String, Long> byName = campaignReads.all().stream()
                .collect(Collectors.toMap(CampaignInfo::name, CampaignInfo::id));
        reach(targetLists.build(byName.get(REACTIVATION), TargetKind.RFM_SEGMENT, RfmSegment.AT_RISK.name(),
                "Clientes en riesgo"), 50, 12);
        SavedView leads = savedViews.create("Leads y prospectos abiertos", true, new SavedViewDefinition(
                CustomerFilter.NONE.withStages(Set.of(LifecycleStage.LEAD, LifecycleStage.PROSPECT)), List.of(),
                List.of()));
        reach(targetLists.build(byName.get(REMARKETING), TargetKind.SAVED_VIEW, leads.getId().toString(),
                "Remarketing a leads abiertos"), 45, 15);
    }

    /** Marks {@code contacted} % of the list contacted and, of the rest, {@code responded} % responded. */
    private void reach(TargetListSummary list, int contacted, int responded) {
        List<Long> members = targetLists.memberIds(list.id());
        int reached = members.size() * contacted / 100;
        int answered = members.size() * responded / 100;
        targetLists.setStatus(list.id(), members.subList(0, reached), TargetStatus.CONTACTED);
        targetLists.setStatus(list.id(), members.subList(reached, reached + answered), TargetStatus.RESPONDED);
    }
}
