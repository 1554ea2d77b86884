package com.cartera.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.InteractionService;
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
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.customer.SegmentService;
import com.cartera.customer.TagService;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo portfolio's life: a catalogue, three years of purchases (so that figures, tiers, RFM and the 80/20
 * view have something to show), tags, logged interactions, open opportunities and follow-ups in the coming
 * days, with RFM scores computed.
 * Made through the application's services, acting as the demo admin; purchases go through the bulk path
 * imports use.
 */
@Component
class DemoHistory {

    private static final int BATCH = 2000;
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
    private final InteractionService interactions;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final SegmentService segments;
    private final FollowUpService followUps;
    private final BulkWork bulkWork;

    DemoHistory(CustomerService customers, TagService tags, PortfolioBulkService bulk, ProductService products,
                PurchaseBulkImport purchases, InteractionService interactions, PipelineService pipelines,
                OpportunityService opportunities, SegmentService segments, FollowUpService followUps,
                BulkWork bulkWork) {
        this.customers = customers;
        this.tags = tags;
        this.bulk = bulk;
        this.products = products;
        this.purchases = purchases;
        this.interactions = interactions;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.segments = segments;
        this.followUps = followUps;
        this.bulkWork = bulkWork;
    }

    /** Adds the history to the signed-in admin's workspace; the same seed gives the same history. */
    void create(long seed, UUID admin, LocalDate today) {
        var random = new Random(seed);
        List<Customer> portfolio = everyCustomer();
        tag(random, portfolio);
        purchase(random, portfolio, catalogue(), admin, today);
        logInteractions(random, portfolio, today);
        openOpportunities(random, portfolio);
        scheduleFollowUps(random, portfolio, today);
        segments.recalculateNow();
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

    /**
     * Active customers bought recently, inactive ones a year or more ago, lost ones long ago; leads and
     * prospects never. A few big accounts buy much more, so that revenue concentrates as it does in life.
     */
    private void purchase(Random random, List<Customer> portfolio, List<Product> catalogue, UUID admin,
                          LocalDate today) {
        List<PurchaseBulkImport.Row> rows = new ArrayList<>();
        for (Customer customer : portfolio) {
            int[] window = switch (customer.getLifecycleStage()) {
                case ACTIVE -> new int[]{0, 1095};
                case INACTIVE -> new int[]{365, 1095};
                case LOST -> new int[]{730, 1095};
                case LEAD, PROSPECT -> null;
            };
            if (window == null) {
                continue;
            }
            boolean bigAccount = random.nextInt(100) < 8;
            int count = bigAccount ? 10 + random.nextInt(25) : 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                Product product = catalogue.get(random.nextInt(catalogue.size()));
                int quantity = bigAccount ? 2 + random.nextInt(20) : 1 + random.nextInt(3);
                BigDecimal amount = product.getUnitPrice().multiply(BigDecimal.valueOf(quantity))
                        .setScale(2, RoundingMode.HALF_EVEN);
                LocalDate day = today.minusDays(window[0] + random.nextInt(window[1] - window[0] + 1));
                rows.add(new PurchaseBulkImport.Row(customer.getId(), day, product.getId(),
                        BigDecimal.valueOf(quantity), amount, pick(random, SalesChannel.values()),
                        pick(random, PaymentMethod.values())));
            }
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<PurchaseBulkImport.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            bulkWork.run(BulkWork.Job.DEMO_SEED, () -> purchases.insert(batch, admin));
        }
    }

    private void logInteractions(Random random, List<Customer> portfolio, LocalDate today) {
        for (Customer customer : portfolio) {
            if (customer.getLifecycleStage() == LifecycleStage.LOST || random.nextInt(100) >= 12) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Instant when = today.minusDays(1 + random.nextInt(90)).atTime(9 + random.nextInt(9), 0)
                        .toInstant(ZoneOffset.UTC);
                interactions.log(customer.getId(), new InteractionDraft(pick(random, InteractionKind.values()),
                        pick(random, InteractionDirection.values()), when, pick(random, InteractionOutcome.values()),
                        INTERACTION_NOTES[random.nextInt(INTERACTION_NOTES.length)]));
            }
        }
    }

    /** Leads and prospects with an open deal, spread over the open stages of the default pipeline. */
    private void openOpportunities(Random random, List<Customer> portfolio) {
        long pipeline = pipelines.mainPipeline().getId();
        List<PipelineStage> open = pipelines.stages(pipeline).stream().filter(PipelineStage::isOpen).toList();
        int made = 0;
        for (Customer customer : portfolio) {
            boolean candidate = customer.getLifecycleStage() == LifecycleStage.PROSPECT
                    || customer.getLifecycleStage() == LifecycleStage.LEAD;
            if (!candidate || random.nextInt(100) >= 6 || made >= 120) {
                continue;
            }
            var opportunity = opportunities.quickAdd(pipeline, customer.getId(),
                    PRODUCTS[random.nextInt(PRODUCTS.length)][1] + " para " + customer.getName(),
                    BigDecimal.valueOf(300 + random.nextInt(9700)));
            PipelineStage stage = open.get(random.nextInt(open.size()));
            if (!stage.getId().equals(opportunity.getStageId())) {
                opportunities.move(opportunity.getId(), opportunity.getVersion(), stage.getId(), null, null);
            }
            made++;
        }
    }

    /** Calls, visits and e-mails in the coming days with active customers, for their owners. */
    private void scheduleFollowUps(Random random, List<Customer> portfolio, LocalDate today) {
        for (Customer customer : portfolio) {
            if (customer.getLifecycleStage() != LifecycleStage.ACTIVE || customer.getOwner() == null
                    || random.nextInt(100) >= 4) {
                continue;
            }
            Instant due = today.plusDays(1 + random.nextInt(10)).atTime(9 + random.nextInt(8), 0)
                    .toInstant(ZoneOffset.UTC);
            followUps.schedule(new FollowUpDraft(customer.getId(), null, pick(random, FollowUpKind.values()), due,
                    30, customer.getOwner().getUserId(), INTERACTION_NOTES[random.nextInt(INTERACTION_NOTES.length)]));
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
