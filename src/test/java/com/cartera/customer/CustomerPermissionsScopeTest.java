package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerField.FieldGroup;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamMember;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The permission predicate bulk changes use selects exactly the customers {@link CustomerPermissions#canEdit}
 * allows one by one, for every field group and every role (and a salesperson who is also in marketing).
 */
@CarteraIntegrationTest
class CustomerPermissionsScopeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerPermissions permissions;
    @Autowired
    CustomerService customerService;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theBulkPredicateAgreesWithTheOneByOneRule() {
        var data = new TestData(context);
        var fixtures = new PortfolioFixtures(context);
        SignedInUser admin = data.newWorkspace("Permisos " + TestData.uniqueSlug("p"));
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("v"), "Ventas", Set.of(Role.SALES));
        SignedInUser salesAndMarketing = data.addMember(admin, TestData.uniqueEmail("vm"), "Ventas y marketing",
                Set.of(Role.SALES, Role.MARKETING));
        TeamMember seller = fixtures.member(admin, sales);
        TeamMember other = fixtures.member(admin, salesAndMarketing);
        for (LifecycleStage stage : LifecycleStage.values()) {
            fixtures.customer(admin, "Suyo " + stage, stage, null, null, null, seller);
            fixtures.customer(admin, "Ajeno " + stage, stage, null, null, null, other);
            fixtures.customer(admin, "Sin dueño " + stage, stage, null, null, null, null);
        }
        List<SignedInUser> people = new ArrayList<>(List.of(sales, salesAndMarketing));
        for (Role role : EnumSet.of(Role.MARKETING, Role.FINANCE, Role.SUPPORT, Role.MANAGEMENT, Role.ADMIN)) {
            people.add(data.addMember(admin, TestData.uniqueEmail(role.name().toLowerCase()), role.name(), Set.of(role)));
        }

        people.forEach(this::agree);
        // A workspace may let sales edit every customer.
        fixtures.sql(admin, "update workspace_settings set sales_edit_all = true");
        agree(sales);
        assertThat(TestData.as(sales, () -> byPredicate(FieldGroup.PROFILE))).hasSize(15);
    }

    private void agree(SignedInUser person) {
        for (FieldGroup group : FieldGroup.values()) {
            assertThat(TestData.as(person, () -> byPredicate(group)))
                    .as("%s on %s", person.roles(), group)
                    .isEqualTo(TestData.as(person, () -> oneByOne(group)));
        }
    }

    private Set<Long> oneByOne(FieldGroup group) {
        var ids = new TreeSet<Long>();
        customerService.page(CustomerFilter.NONE, PageRequest.of(0, 100)).stream()
                .filter(customer -> permissions.canEdit(group, customer)).forEach(customer -> ids.add(customer.getId()));
        return ids;
    }

    private Set<Long> byPredicate(FieldGroup group) {
        return transactions.execute(status -> {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Long.class);
            var root = query.from(Customer.class);
            query.select(root.get("id")).where(permissions.editable(group, root, cb));
            return new TreeSet<>(entityManager.createQuery(query).getResultList());
        });
    }
}
