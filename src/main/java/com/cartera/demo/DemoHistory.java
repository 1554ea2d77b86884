package com.cartera.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.PastInteractions;
import com.cartera.base.db.BulkWork;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseBulkImport;
import com.cartera.commerce.SalesChannel;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerSelection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PastEntries;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.SegmentService;
import com.cartera.customer.TagService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PastDeals;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.SalesTargetService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo portfolio's life, telling {@link DemoStory}'s story: a catalogue, three years of purchases with their seasons,
 * a spring campaign cohort that keeps buying and a few accounts at risk; leads entered over the last year and a half,
 * some won (and so converted) and some lost over the past year, others open on the board; tags, logged interactions
 * and follow-ups in the coming days, sales targets for every agent who wins deals, with RFM scores computed.
 * Made through the application's services, acting as the demo admin; purchases go through the bulk path imports use,
 * and the interactions and the past dates of entries and deals through the ports their modules keep for a history
 * brought from elsewhere.
 */
@Component
class DemoHistory {

    private static final int BATCH = 2000;
    private static final int SLICE = 200;
    private static final int WON_DEALS = 120;
    private static final int LOST_DEALS = 90;
    private static final int OPEN_DEALS = 120;
    private static final String[] LOST_REASONS = {"Precio demasiado alto", "Eligió a la competencia",
            "Sin presupuesto este año", "Dejó de responder", "Plazo de entrega demasiado largo"};
    private static final String[][] PRODUCTS = {
            {"FER-001", "Taladro percutor 800 W", "Herramienta eléctrica", "89.90"},
            {"FER-002", "Juego de llaves combinadas (12 piezas)", "Herramienta manual", "34.50"},
            {"FER-003", "Escalera de aluminio 3 peldaños", "Escaleras", "59.00"},
            {"PIN-010", "Pintura plástica blanca 15 L", "Pintura", "42.75"},
            {"PIN-011", "Rodillo y bandeja profesional", "Pintura", "12.90"},
            {"JAR-020", "Cortacésped eléctrico 1600 W", "Jardín", "189.00"},
            {"JAR-021", "Manguera extensible 30 m", "Jardín", "27.40"},
            {"ILU-030", "Pack 10 bombillas LED E27", "Iluminación", "24.99"},
            {"ILU-031", "Foco LED exterior con sensor", "Iluminación", "39.95"},
            {"SEG-040", "Cerradura de seguridad antibumping", "Seguridad", "74.00"},
            {"SER-050", "Instalación a domicilio", "Servicios", "65.00"},
            {"SER-051", "Contrato de mantenimiento anual", "Servicios", "240.00"}};
    private static final String[][] TAGS = {{"VIP", "#b91c1c"}, {"Boletín", "#1d4ed8"},
            {"Feria 2026", "#047857"}, {"Pago lento", "#b45309"}, {"Referente", "#6d28d9"}};
    private static final String[] INTERACTION_NOTES = {"Pregunta por plazos de entrega.",
            "Interesado en el contrato de mantenimiento.", "Pide descuento por volumen.",
            "Le enviamos el catálogo de primavera.", "Queja por un retraso, resuelta.", "Quiere una demostración."};

    private final CustomerService customers;
    private final TagService tags;
    private final PortfolioBulkService bulk;
    private final ProductService products;
    private final PurchaseBulkImport purchases;
    private final PastInteractions pastInteractions;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final SegmentService segments;
    private final FollowUpService followUps;
    private final WorkspaceCalendar calendar;
    private final PastEntries pastEntries;
    private final PastDeals pastDeals;
    private final BulkWork bulkWork;
    private final SalesTargetService salesTargets;

    DemoHistory(CustomerService customers, TagService tags, PortfolioBulkService bulk, ProductService products,
                PurchaseBulkImport purchases, PastInteractions pastInteractions, PipelineService pipelines,
                OpportunityService opportunities, SegmentService segments, FollowUpService followUps,
                WorkspaceCalendar calendar, PastEntries pastEntries, PastDeals pastDeals, BulkWork bulkWork,
                SalesTargetService salesTargets) {
        this.salesTargets = salesTargets;
        this.customers = customers;
        this.tags = tags;
        this.bulk = bulk;
        this.products = products;
        this.purchases = purchases;
        this.pastInteractions = pastInteractions;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.segments = segments;
        this.followUps = followUps;
        this.calendar = calendar;
        this.pastEntries = pastEntries;
        this.pastDeals = pastDeals;
        this.bulkWork = bulkWork;
    }

    /**
     * Adds the history to the signed-in admin's workspace; the same seed gives the same history.
     *
     * @param cameAsLeads the customers created as leads or prospects who are to become active customers
     */
    void create(long seed, UUID admin, Set<Long> cameAsLeads) {
        var random = new Random(seed);
        LocalDate today = calendar.today();
        ZoneId zone = calendar.zone();
        List<Customer> portfolio = everyCustomer();
        List<Product> catalogue = bulkWork.inTransaction(BulkWork.Job.DEMO_SEED, () -> {
            tag(random, portfolio);
            return catalogue();
        });
        Map<Long, DemoStory.Timeline> timelines = timelines(random, portfolio, cameAsLeads, today);
        purchase(random, portfolio, timelines, catalogue, admin);
        var story = new Deals(random, today, zone, pipelines.mainPipeline().getId());
        inSlices(portfolio, slice -> story.close(slice, timelines, cameAsLeads));
        inSlices(portfolio, slice -> story.open(slice, cameAsLeads));
        Set<Long> stillLeads = new HashSet<>(cameAsLeads);
        stillLeads.removeAll(story.wonBy);
        if (!stillLeads.isEmpty()) {
            bulk.changeStage(CustomerSelection.picked(stillLeads), LifecycleStage.ACTIVE);
        }
        List<PastEntries.Entry> entries = new ArrayList<>();
        timelines.forEach((id, timeline) -> entries.add(new PastEntries.Entry(id, at(timeline.enteredOn(), 10, zone),
                cameAsLeads.contains(id) ? at(timeline.purchases().getFirst().day(), 11, zone) : null)));
        bulkWork.run(BulkWork.Job.DEMO_SEED, () -> {
            pastEntries.backdate(entries);
            pastDeals.backdate(story.deals);
        });
        logInteractions(random, portfolio, today, zone, admin);
        inSlices(portfolio, slice -> scheduleFollowUps(random, slice, cameAsLeads, today, zone));
        bulkWork.run(BulkWork.Job.DEMO_SEED, () -> setTargets(story.wonByOwner, YearMonth.from(today)));
        segments.recalculateNow();
    }

    /**
     * Runs {@code step} over the portfolio a slice at a time, each slice in a transaction of its own: the deals and
     * follow-ups are hundreds of single service calls, slow when each commits apart, and slow too in one transaction
     * whose persistence context grows with every call.
     */
    private void inSlices(List<Customer> portfolio, Consumer<List<Customer>> step) {
        for (int from = 0; from < portfolio.size(); from += SLICE) {
            List<Customer> slice = portfolio.subList(from, Math.min(portfolio.size(), from + SLICE));
            bulkWork.run(BulkWork.Job.DEMO_SEED, () -> step.accept(slice));
        }
    }

    /** Each customer's entry and purchases: leads and prospects still open have none. */
    private static Map<Long, DemoStory.Timeline> timelines(Random random, List<Customer> portfolio,
                                                           Set<Long> cameAsLeads, LocalDate today) {
        Map<Long, DemoStory.Timeline> timelines = new LinkedHashMap<>();
        for (Customer customer : portfolio) {
            boolean converted = cameAsLeads.contains(customer.getId());
            LifecycleStage stage = converted ? LifecycleStage.ACTIVE : customer.getLifecycleStage();
            if (stage == LifecycleStage.LEAD || stage == LifecycleStage.PROSPECT) {
                timelines.put(customer.getId(), DemoStory.openLead(random, today));
                continue;
            }
            DemoStory.Profile profile;
            if (DemoStory.AT_RISK.contains(customer.getName())) {
                profile = DemoStory.Profile.AT_RISK;
            } else if (stage == LifecycleStage.ACTIVE && !converted && random.nextInt(100) < 7) {
                profile = DemoStory.Profile.SPRING_CAMPAIGN;
            } else {
                profile = random.nextInt(100) < 8 ? DemoStory.Profile.BIG_ACCOUNT : DemoStory.Profile.REGULAR;
            }
            timelines.put(customer.getId(), DemoStory.customer(profile, stage, converted, random, today));
        }
        return timelines;
    }

    private List<Customer> everyCustomer() {
        List<Customer> all = new ArrayList<>();
        List<Customer> page;
        int number = 0;
        do {
            page = customers.page(CustomerFilter.NONE, PageRequest.of(number++, 1000, Sort.by("id")));
            all.addAll(page);
        } while (page.size() == 1000);
        return all;
    }

    private void tag(Random random, List<Customer> portfolio) {
        for (int i = 0; i < TAGS.length; i++) {
            long tagId = tags.create(TAGS[i][0], TAGS[i][1]).getId();
            int percent = new int[]{6, 35, 10, 4, 3}[i];
            Set<Long> tagged = new HashSet<>();
            portfolio.forEach(customer -> {
                if (random.nextInt(100) < percent) {
                    tagged.add(customer.getId());
                }
            });
            if (!tagged.isEmpty()) {
                bulk.addTag(CustomerSelection.picked(tagged), tagId);
            }
        }
    }

    private List<Product> catalogue() {
        List<Product> catalogue = new ArrayList<>();
        for (String[] row : PRODUCTS) {
            var product = new Product();
            product.setSku(row[0]);
            product.setName(row[1]);
            product.setCategory(row[2]);
            product.setUnitPrice(new BigDecimal(row[3]));
            catalogue.add(products.save(product));
        }
        return catalogue;
    }

    /** Each timeline's purchases, of products of the catalogue; a purchase's units are spread over one product. */
    private void purchase(Random random, List<Customer> portfolio, Map<Long, DemoStory.Timeline> timelines,
                          List<Product> catalogue, UUID admin) {
        List<PurchaseBulkImport.Row> rows = new ArrayList<>();
        for (Customer customer : portfolio) {
            for (DemoStory.Purchase purchase : timelines.get(customer.getId()).purchases()) {
                Product product = catalogue.get(random.nextInt(catalogue.size()));
                BigDecimal amount = product.getUnitPrice().multiply(BigDecimal.valueOf(purchase.quantity()))
                        .setScale(2, RoundingMode.HALF_EVEN);
                rows.add(new PurchaseBulkImport.Row(customer.getId(), purchase.day(), product.getId(),
                        BigDecimal.valueOf(purchase.quantity()), amount, pick(random, SalesChannel.values()),
                        pick(random, PaymentMethod.values())));
            }
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<PurchaseBulkImport.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            bulkWork.run(BulkWork.Job.DEMO_SEED, () -> purchases.insert(batch, admin));
        }
    }

    /**
     * The deals of the past year, each owned by its customer's owner: won ones by leads who became customers (the win
     * converts them, on the day of their first purchase), lost ones by leads still open; and open deals on the board.
     */
    private final class Deals {

        private final Random random;
        private final LocalDate today;
        private final ZoneId zone;
        private final long pipeline;
        private final PipelineStage won;
        private final PipelineStage lost;
        private final List<PipelineStage> open;
        final Set<Long> wonBy = new HashSet<>();
        /** The amounts each owner won, by month. */
        final Map<UUID, Map<YearMonth, BigDecimal>> wonByOwner = new HashMap<>();
        final List<PastDeals.Deal> deals = new ArrayList<>();

        Deals(Random random, LocalDate today, ZoneId zone, long pipeline) {
            this.random = random;
            this.today = today;
            this.zone = zone;
            this.pipeline = pipeline;
            List<PipelineStage> stages = pipelines.stages(pipeline);
            this.won = stages.stream().filter(PipelineStage::isWon).findFirst().orElseThrow();
            this.lost = stages.stream().filter(PipelineStage::isLost).findFirst().orElseThrow();
            this.open = stages.stream().filter(PipelineStage::isOpen).toList();
        }

        private int lostCount;
        private int openMade;

        /** Closes the deals of these customers (a slice of the portfolio, in order). */
        void close(List<Customer> portfolio, Map<Long, DemoStory.Timeline> timelines, Set<Long> cameAsLeads) {
            for (Customer customer : portfolio) {
                DemoStory.Timeline timeline = timelines.get(customer.getId());
                LocalDate entered = timeline.enteredOn();
                if (cameAsLeads.contains(customer.getId())) {
                    LocalDate converted = timeline.purchases().getFirst().day();
                    if (wonBy.size() < WON_DEALS && converted.isAfter(today.minusDays(365))) {
                        Opportunity deal = add(customer, null);
                        opportunities.move(deal.getId(), deal.getVersion(), won.getId(), null, null);
                        LocalDate opened = entered.plusDays(random.nextInt(6));
                        deals.add(new PastDeals.Deal(deal.getId(), at(opened, 9, zone), at(converted, 11, zone)));
                        wonBy.add(customer.getId());
                        if (customer.getOwner() != null) {
                            wonByOwner.computeIfAbsent(customer.getOwner().getUserId(), owner -> new HashMap<>())
                                    .merge(YearMonth.from(converted), deal.getAmount(), BigDecimal::add);
                        }
                    }
                } else if (timeline.purchases().isEmpty() && lostCount < LOST_DEALS
                        && entered.isBefore(today.minusDays(45)) && entered.isAfter(today.minusDays(400))
                        && random.nextInt(100) < 12) {
                    Opportunity deal = add(customer, null);
                    opportunities.move(deal.getId(), deal.getVersion(), lost.getId(), null, pick(random, LOST_REASONS));
                    LocalDate opened = entered.plusDays(random.nextInt(11));
                    LocalDate closed = opened.plusDays(10 + random.nextInt(51));
                    deals.add(new PastDeals.Deal(deal.getId(), at(opened, 9, zone),
                            at(closed.isBefore(today) ? closed : today.minusDays(1), 16, zone)));
                    lostCount++;
                }
            }
        }

        /**
         * Leads and prospects with an open deal, spread over the open stages, opened in the last weeks (of a slice of
         * the portfolio, in order).
         */
        void open(List<Customer> portfolio, Set<Long> cameAsLeads) {
            for (Customer customer : portfolio) {
                boolean candidate = !cameAsLeads.contains(customer.getId())
                        && (customer.getLifecycleStage() == LifecycleStage.PROSPECT
                        || customer.getLifecycleStage() == LifecycleStage.LEAD);
                if (!candidate || random.nextInt(100) >= 6 || openMade >= OPEN_DEALS) {
                    continue;
                }
                Opportunity deal = add(customer, today.plusDays(3 + random.nextInt(60)));
                PipelineStage stage = open.get(random.nextInt(open.size()));
                if (!stage.getId().equals(deal.getStageId())) {
                    opportunities.move(deal.getId(), deal.getVersion(), stage.getId(), null, null);
                }
                deals.add(new PastDeals.Deal(deal.getId(), at(today.minusDays(1 + random.nextInt(45)), 9, zone), null));
                openMade++;
            }
        }

        private Opportunity add(Customer customer, LocalDate expectedClose) {
            var deal = new Opportunity();
            deal.setCustomer(customer);
            deal.setTitle(PRODUCTS[random.nextInt(PRODUCTS.length)][1] + " para " + customer.getName());
            deal.setAmount(BigDecimal.valueOf(300 + random.nextInt(9700)));
            deal.setOwner(customer.getOwner());
            deal.setSource(customer.getSource());
            deal.setExpectedCloseOn(expectedClose);
            return opportunities.create(pipeline, deal);
        }
    }

    /**
     * A sales target for every agent who won deals, for each of the last {@value DemoStory#TARGET_MONTHS_BACK} months,
     * this one and the next {@value DemoStory#TARGET_MONTHS_AHEAD}, from what they won in the past year
     * ({@link DemoStory#monthlyTarget}).
     */
    private void setTargets(Map<UUID, Map<YearMonth, BigDecimal>> wonByOwner, YearMonth thisMonth) {
        wonByOwner.forEach((owner, byMonth) -> {
            BigDecimal lastYear = byMonth.entrySet().stream()
                    .filter(won -> won.getKey().isAfter(thisMonth.minusMonths(13)) && won.getKey().isBefore(thisMonth))
                    .map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (YearMonth month = thisMonth.minusMonths(DemoStory.TARGET_MONTHS_BACK);
                 !month.isAfter(thisMonth.plusMonths(DemoStory.TARGET_MONTHS_AHEAD)); month = month.plusMonths(1)) {
                salesTargets.set(owner, month, DemoStory.monthlyTarget(lastYear), null);
            }
        });
    }

    /**
     * Calls, visits and e-mails of the last 90 days with a few customers who are not lost, logged by the admin, written
     * in one go.
     */
    private void logInteractions(Random random, List<Customer> portfolio, LocalDate today, ZoneId zone, UUID admin) {
        List<PastInteractions.Entry> logged = new ArrayList<>();
        for (Customer customer : portfolio) {
            if (customer.getLifecycleStage() == LifecycleStage.LOST || random.nextInt(100) >= 12) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Instant when = at(today.minusDays(1 + random.nextInt(90)), 9 + random.nextInt(9), zone);
                logged.add(new PastInteractions.Entry(customer.getId(), new InteractionDraft(
                        pick(random, InteractionKind.values()), pick(random, InteractionDirection.values()), when,
                        pick(random, InteractionOutcome.values()),
                        INTERACTION_NOTES[random.nextInt(INTERACTION_NOTES.length)]), admin));
            }
        }
        bulkWork.run(BulkWork.Job.DEMO_SEED, () -> {
            pastInteractions.insert(logged);
            // The customers' entries were backdated after their alerts were computed.
            pastInteractions.realignAlerts(portfolio.stream().map(Customer::getId).toList());
        });
    }

    /** Calls, visits and e-mails in the coming days with active customers, for their owners. */
    private void scheduleFollowUps(Random random, List<Customer> portfolio, Set<Long> cameAsLeads, LocalDate today,
                                   ZoneId zone) {
        for (Customer customer : portfolio) {
            boolean active = customer.getLifecycleStage() == LifecycleStage.ACTIVE || cameAsLeads.contains(customer.getId());
            if (!active || customer.getOwner() == null || random.nextInt(100) >= 4) {
                continue;
            }
            Instant due = at(today.plusDays(1 + random.nextInt(10)), 9 + random.nextInt(8), zone);
            followUps.schedule(new FollowUpDraft(customer.getId(), null, pick(random, FollowUpKind.values()), due,
                    30, customer.getOwner().getUserId(), INTERACTION_NOTES[random.nextInt(INTERACTION_NOTES.length)]));
        }
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
