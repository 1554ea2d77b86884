package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.security.WorkspaceAuthentication;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every sort column of the grid with every kind of filter, on PostgreSQL: the rows come in the column's
 * order (names as Spanish speakers read them; empty values last ascending and first descending, as
 * PostgreSQL places nulls), ties broken by id in the same direction, the same rows whatever the order, and
 * pages of two put together give the whole list.
 */
@CarteraIntegrationTest
class CustomerSortingTest {

    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es"));
    private static final List<String> SORT_COLUMNS = List.of("name", "lifecycleStage", "tier",
            CustomerService.OWNER_NAME, "email", "city", "region", "sector", "lastPurchaseOn", "revenue",
            "purchaseCount", "createdAt");

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerService customerService;
    @Autowired
    TagRepository tags;
    @Autowired
    TeamDirectory teamDirectory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    private Tag regular;
    private Tag wholesale;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void portfolio() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Ordenación");
        SignedInUser beatriz = data.addMember(admin, TestData.uniqueEmail("beatriz"), "Beatriz León", Set.of(Role.SALES));
        SignedInUser alvaro = data.addMember(admin, TestData.uniqueEmail("alvaro"), "Álvaro Prieto", Set.of(Role.SALES));
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new WorkspaceAuthentication(admin));
        SecurityContextHolder.setContext(security);

        regular = tags.save(new Tag("Habitual", "#2e7d32"));
        wholesale = tags.save(new Tag("Mayorista", "#6a1b9a"));
        TeamMember b = teamDirectory.find(beatriz.userId()).orElseThrow();
        TeamMember a = teamDirectory.find(alvaro.userId()).orElseThrow();
        save("Ana Ruiz", "ana@correo.es", "Madrid", "Madrid", "Hostelería", LifecycleStage.ACTIVE, b, Set.of(regular));
        save("Bruno Díaz", null, "Bilbao", "Bizkaia", null, LifecycleStage.LEAD, null, Set.of());
        save("Carla Gil", "carla@correo.es", "Madrid", "Madrid", "Comercio", LifecycleStage.ACTIVE, a,
                Set.of(regular, wholesale));
        save("Daniel Sanz", "dani@correo.es", null, null, "Hostelería", LifecycleStage.PROSPECT, b, Set.of(wholesale));
        save("Élena Vidal", "elena@correo.es", "Sevilla", "Sevilla", "Comercio", LifecycleStage.INACTIVE, a, Set.of());
        save("Fran Peña", "fran@correo.es", "Madrid", "Madrid", "Hostelería", LifecycleStage.LOST, b, Set.of());

        alert("Ana Ruiz", "RED");
        alert("Carla Gil", "GREEN");
        alert("Daniel Sanz", "YELLOW");
        alert("Élena Vidal", "RED");
        purchase("Ana Ruiz", "2025-01-10", "100.00");
        purchase("Ana Ruiz", "2025-03-01", "50.00");
        purchase("Carla Gil", "2024-06-01", "4000.00");
        purchase("Élena Vidal", "2023-02-01", "20.00");
        purchase("Élena Vidal", "2023-05-01", "20.00");
        purchase("Élena Vidal", "2023-09-01", "20.00");
        purchase("Fran Peña", "2024-01-01", "75.00");
        customerService.delete(ids.get("Fran Peña"), customerService.find(ids.get("Fran Peña")).orElseThrow().getVersion());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void ordersAsWrittenByHand() {
        assertThat(names(CustomerFilter.NONE, Sort.by("name")))
                .containsExactly("Ana Ruiz", "Bruno Díaz", "Carla Gil", "Daniel Sanz", "Élena Vidal");
        assertThat(names(CustomerFilter.NONE, Sort.by("lastPurchaseOn")))
                .containsExactly("Élena Vidal", "Carla Gil", "Ana Ruiz", "Bruno Díaz", "Daniel Sanz");
        assertThat(names(CustomerFilter.NONE, Sort.by(Sort.Direction.DESC, "lastPurchaseOn")))
                .containsExactly("Daniel Sanz", "Bruno Díaz", "Ana Ruiz", "Carla Gil", "Élena Vidal");
        assertThat(names(CustomerFilter.NONE, Sort.by(CustomerService.OWNER_NAME)))
                .containsExactly("Carla Gil", "Élena Vidal", "Ana Ruiz", "Daniel Sanz", "Bruno Díaz");
        assertThat(names(CustomerFilter.NONE, Sort.by(Sort.Direction.DESC, CustomerService.OWNER_NAME)))
                .containsExactly("Bruno Díaz", "Daniel Sanz", "Ana Ruiz", "Élena Vidal", "Carla Gil");
        assertThat(names(CustomerFilter.NONE, Sort.by(Sort.Direction.DESC, "revenue")))
                .containsExactly("Carla Gil", "Ana Ruiz", "Élena Vidal", "Daniel Sanz", "Bruno Díaz");
        assertThat(names(CustomerFilter.NONE, Sort.by("city")))
                .containsExactly("Bruno Díaz", "Ana Ruiz", "Carla Gil", "Élena Vidal", "Daniel Sanz");
        assertThat(names(CustomerFilter.NONE.withDeleted(true), Sort.by(CustomerService.OWNER_NAME)))
                .containsExactly("Fran Peña");
    }

    @Test
    void everySortWorksWithEveryFilter() {
        for (var filter : filters().entrySet()) {
            List<Long> matching = customerService.page(filter.getValue(), PageRequest.of(0, 50, Sort.by("id"))).stream()
                    .map(Customer::getId).toList();
            assertThat(matching).as(filter.getKey()).isNotEmpty();
            assertThat(customerService.count(filter.getValue())).as(filter.getKey()).isEqualTo(matching.size());
            for (String column : SORT_COLUMNS) {
                for (Sort.Direction direction : Sort.Direction.values()) {
                    Sort sort = Sort.by(direction, column);
                    String what = filter.getKey() + " by " + column + " " + direction;
                    List<Customer> page = customerService.page(filter.getValue(), PageRequest.of(0, 50, sort));
                    List<Long> sorted = page.stream().sorted(expectedOrder(column, direction)).map(Customer::getId)
                            .toList();
                    assertThat(page.stream().map(Customer::getId).toList()).as(what).isEqualTo(sorted)
                            .containsExactlyInAnyOrderElementsOf(matching);
                    assertThat(inPagesOfTwo(filter.getValue(), sort)).as(what + " in pages of two").isEqualTo(sorted);
                }
            }
        }
    }

    @Test
    void countUpToStopsAtTheLimit() {
        assertThat(customerService.countUpTo(CustomerFilter.NONE, 10)).isEqualTo(new CustomerCount(5, false));
        assertThat(customerService.countUpTo(CustomerFilter.NONE, 5)).isEqualTo(new CustomerCount(5, false));
        assertThat(customerService.countUpTo(CustomerFilter.NONE, 4)).isEqualTo(new CustomerCount(4, true));
        assertThat(customerService.countUpTo(CustomerFilter.NONE.withTagIds(Set.of(regular.getId())), 1))
                .isEqualTo(new CustomerCount(1, true));
        assertThat(customerService.countUpTo(CustomerFilter.NONE.withDeleted(true), 100))
                .isEqualTo(new CustomerCount(1, false));
    }

    private Map<String, CustomerFilter> filters() {
        var none = CustomerFilter.NONE;
        Map<String, CustomerFilter> filters = new LinkedHashMap<>();
        filters.put("none", none);
        filters.put("text", none.withText("correo"));
        filters.put("stages", none.withStages(Set.of(LifecycleStage.ACTIVE, LifecycleStage.PROSPECT)));
        filters.put("tiers", none.withTiers(Set.of(ValueTier.LOW)));
        filters.put("owners", none.withOwners(Set.of(ownerOf("Ana Ruiz")), false));
        filters.put("unassigned", none.withOwners(Set.of(), true));
        filters.put("tags", none.withTagIds(Set.of(regular.getId(), wholesale.getId())));
        filters.put("alerts", none.withAlerts(Set.of(AlertColour.RED, AlertColour.YELLOW)));
        filters.put("city", none.withPlace("MADRID", null));
        filters.put("region", none.withPlace(null, "sevilla"));
        filters.put("sector", none.withSector("hostelería"));
        filters.put("last purchase from", none.withLastPurchase(LocalDate.parse("2024-01-01"), null));
        filters.put("last purchase to", none.withLastPurchase(null, LocalDate.parse("2024-12-31")));
        filters.put("clv", none.withClv(new BigDecimal("50"), new BigDecimal("5000")));
        filters.put("bin", none.withDeleted(true));
        return filters;
    }

    private List<Long> inPagesOfTwo(CustomerFilter filter, Sort sort) {
        List<Long> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Customer> customers = customerService.page(filter, PageRequest.of(page, 2, sort));
            customers.forEach(customer -> all.add(customer.getId()));
            if (customers.size() < 2) {
                return all;
            }
        }
    }

    /** The column's order as PostgreSQL gives it, nulls as the largest values, then the id the same way. */
    private static Comparator<Customer> expectedOrder(String column, Sort.Direction direction) {
        Comparator<Customer> byColumn = switch (column) {
            case "name" -> text(Customer::getName);
            case "lifecycleStage" -> text(customer -> customer.getLifecycleStage().name());
            case "tier" -> text(customer -> customer.getTier().name());
            case CustomerService.OWNER_NAME -> text(customer -> customer.getOwner() == null ? null
                    : customer.getOwner().getDisplayName());
            case "email" -> text(Customer::getEmail);
            case "city" -> text(Customer::getCity);
            case "region" -> text(Customer::getRegion);
            case "sector" -> text(Customer::getSector);
            case "lastPurchaseOn" -> Comparator.comparing(Customer::getLastPurchaseOn,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "revenue" -> Comparator.comparing(Customer::getRevenue);
            case "purchaseCount" -> Comparator.comparingInt(Customer::getPurchaseCount);
            case "createdAt" -> Comparator.comparing(Customer::getCreatedAt);
            default -> throw new IllegalArgumentException(column);
        };
        Comparator<Customer> ascending = byColumn.thenComparing(Customer::getId);
        return direction.isAscending() ? ascending : ascending.reversed();
    }

    private static Comparator<Customer> text(Function<Customer, String> value) {
        return Comparator.comparing(value, Comparator.nullsLast(SPANISH));
    }

    private List<String> names(CustomerFilter filter, Sort sort) {
        return customerService.page(filter, PageRequest.of(0, 50, sort)).stream().map(Customer::getName).toList();
    }

    private UUID ownerOf(String name) {
        return customerService.find(ids.get(name)).orElseThrow().getOwner().getUserId();
    }

    private void save(String name, String email, String city, String region, String sector, LifecycleStage stage,
                      TeamMember owner, Set<Tag> tagged) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setCity(city);
        customer.setRegion(region);
        customer.setSector(sector);
        customer.setLifecycleStage(stage);
        customer.setOwner(owner);
        customer.setTags(new HashSet<>(tagged));
        ids.put(name, customerService.save(customer).getId());
    }

    /** Alert colours are the follow-up rules' to set, so the test writes them as those rules would. */
    private void alert(String name, String colour) {
        inWorkspace("update customer set alert_colour = ?1 where id = ?2", colour, ids.get(name));
    }

    /** Purchases belong to another module; the database triggers keep the customer's figures from them. */
    private void purchase(String name, String day, String total) {
        inWorkspace("insert into purchase (customer_id, purchased_on, channel, total) values (?1, ?2, 'STORE', ?3)",
                ids.get(name), LocalDate.parse(day), new BigDecimal(total));
    }

    /** Native SQL on the signed-in user's workspace connection, as the application runs it. */
    private void inWorkspace(String sql, Object... parameters) {
        transactions.executeWithoutResult(status -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
