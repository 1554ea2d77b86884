package com.cartera.customer;

import static com.cartera.customer.DuplicateDetectionTest.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerMergeService.Side;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merging two customers on PostgreSQL: what the customer module keeps and moves, the merged customer's
 * end, conflicts, permissions and workspace isolation. Purchases and interactions are moved by their
 * own modules on the published event.
 */
@CarteraIntegrationTest
@RecordApplicationEvents
class CustomerMergeServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerMergeService mergeService;
    @Autowired
    CustomerService customers;
    @Autowired
    DuplicateService duplicates;
    @Autowired
    TagRepository tags;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    private TestData data;
    private SignedInUser admin;
    private Customer survivor;
    private Customer merged;
    private Tag vip;
    private Tag feria;

    @BeforeEach
    void twoRecordsOfTheSameWinery() {
        data = new TestData(context);
        admin = data.newWorkspace("Fusiones " + TestData.uniqueSlug("f"));
        vip = inTransaction(() -> tags.save(new Tag("VIP", "#aa0000")));
        feria = inTransaction(() -> tags.save(new Tag("Feria 2026", "#00aa00")));

        var first = customer("Bodegas Rioja SL", "info@bodegasrioja.es", null, "B-26000001", "Haro");
        first.setKind(CustomerKind.COMPANY);
        first.setLifecycleStage(LifecycleStage.ACTIVE);
        first.setNotes("Cliente desde 2019.");
        first.setTags(Set.of(vip));
        survivor = save(first);

        var second = customer("Bodegas Rioja S.L.", null, "+34 941 000 111", "B26000001", "Logroño");
        second.setKind(CustomerKind.COMPANY);
        second.setNotes("Pide la factura en papel.");
        second.setTags(Set.of(feria, vip));
        second.setSector("Vino");
        merged = save(second);
        merged.setLifecycleStage(LifecycleStage.PROSPECT);
        merged = save(merged);

        contact(survivor, "Marta Sáez");
        contact(merged, "Luis Ortega");
        contact(merged, "Carmen Vidal");
    }

    @Test
    void theSurvivorKeepsTheChosenValuesEveryTagAndNoteAndTakesOverContactsAndHistory() {
        var referred = customer("Vinoteca Centro", null, null, null, null);
        referred.setReferredBy(merged);
        referred = save(referred);
        int historyBefore = history(survivor).size() + history(merged).size();
        long survivorVersion = survivor.getVersion();

        merge(admin, survivor, merged, Map.of(CustomerField.PHONE, Side.MERGED, CustomerField.CITY, Side.MERGED,
                CustomerField.SECTOR, Side.MERGED, CustomerField.NAME, Side.SURVIVOR));

        Customer result = find(survivor.getId());
        assertThat(result.getName()).isEqualTo("Bodegas Rioja SL");
        assertThat(result.getEmail()).isEqualTo("info@bodegasrioja.es");
        assertThat(result.getTaxId()).isEqualTo("B-26000001");
        assertThat(result.getPhone()).isEqualTo("+34 941 000 111");
        assertThat(result.getCity()).isEqualTo("Logroño");
        assertThat(result.getSector()).isEqualTo("Vino");
        assertThat(result.getLifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(result.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("VIP", "Feria 2026");
        assertThat(result.getNotes()).isEqualTo("Cliente desde 2019.\n\n--- Bodegas Rioja S.L. (#" + merged.getId()
                + ") ---\nPide la factura en papel.");
        assertThat(result.getVersion()).isGreaterThan(survivorVersion);

        assertThat(data.count("select count(*) from " + schema() + ".contact_person where company_id = ?",
                survivor.getId())).isEqualTo(3);
        assertThat(history(survivor)).hasSize(historyBefore);
        assertThat(history(merged)).isEmpty();
        assertThat(data.count("select count(*) from " + schema() + ".customer_tag where customer_id = ?",
                merged.getId())).isZero();
        assertThat(find(referred.getId()).getReferredBy().getId()).isEqualTo(survivor.getId());
    }

    @Test
    void theMergedCustomerIsInNoListNorInTheBinAndCannotBeRestored() {
        merge(admin, survivor, merged, Map.of());

        assertThat(TestData.as(admin, () -> customers.find(merged.getId()))).isEmpty();
        assertThat(names(CustomerFilter.NONE)).containsExactly("Bodegas Rioja SL");
        assertThat(names(CustomerFilter.NONE.withDeleted(true))).isEmpty();
        assertThatThrownBy(() -> TestData.as(admin, () -> {
            customers.restore(merged.getId());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(data.count("select count(*) from " + schema() + ".customer where id = ? and merged_into_id = ?"
                + " and deleted_at is not null and deleted_by = ?", merged.getId(), survivor.getId(), admin.userId()))
                .isEqualTo(1);
        // Nothing is left to review between them.
        assertThat(TestData.as(admin, duplicates::countPairs)).isZero();
    }

    @Test
    void theMergeIsPublishedForOtherModulesAndAudited() {
        merge(admin, survivor, merged, Map.of(CustomerField.PHONE, Side.MERGED));

        assertThat(events.stream(CustomersMerged.class)).singleElement().satisfies(event -> {
            assertThat(event.tenant()).isEqualTo(admin.workspace().tenant());
            assertThat(event.mergedId()).isEqualTo(merged.getId());
            assertThat(event.survivorId()).isEqualTo(survivor.getId());
        });
        assertThat(data.count("select count(*) from " + schema() + ".audit_event where action = 'MERGE'"
                + " and customer_id = ? and actor_id = ? and details ->> 'mergedId' = ?"
                + " and details ->> 'mergedName' = 'Bodegas Rioja S.L.' and details -> 'fields' ->> 'PHONE' = ?"
                + " and details -> 'takenFromMerged' ->> 0 = 'PHONE'",
                survivor.getId(), admin.userId(), String.valueOf(merged.getId()), "+34 941 000 111")).isEqualTo(1);
    }

    @Test
    void choosingTheMergedCustomersStageRecordsTheTransition() {
        merge(admin, survivor, merged, Map.of(CustomerField.LIFECYCLE_STAGE, Side.MERGED));

        assertThat(find(survivor.getId()).getLifecycleStage()).isEqualTo(LifecycleStage.PROSPECT);
        LifecycleChange last = history(survivor).getLast();
        assertThat(last.getFromStage()).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(last.getToStage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(last.getChangedBy()).isEqualTo(admin.userId());
    }

    @Test
    void notADuplicateDecisionsAboutTheMergedCustomerPassToTheSurvivor() {
        Customer other = save(customer("Otra Bodega", "ventas@otra.es", "+34 941 000 111", null, null));
        TestData.as(admin, () -> {
            duplicates.dismiss(merged.getId(), other.getId());
            return null;
        });

        merge(admin, survivor, merged, Map.of(CustomerField.PHONE, Side.MERGED));

        // The survivor now has the phone the other one shares, but that pair was already settled.
        assertThat(TestData.as(admin, () -> duplicates.candidatesFor(find(survivor.getId())))).isEmpty();
        assertThat(data.count("select count(*) from " + schema() + ".duplicate_dismissal where customer_id = ?"
                + " and other_customer_id = ?", survivor.getId(), other.getId())).isEqualTo(1);
        assertThat(data.count("select count(*) from " + schema() + ".duplicate_dismissal where ? in"
                + " (customer_id, other_customer_id)", merged.getId())).isZero();
    }

    @Test
    void aStaleVersionOfEitherIsAConflictAndChangesNothing() {
        Customer edited = find(survivor.getId());
        edited.setCity("Briones");
        save(edited);

        assertThatThrownBy(() -> merge(admin, survivor, merged, Map.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Customer mergedNow = find(merged.getId());
        mergedNow.setEmail("pedidos@bodegasrioja.es");
        save(mergedNow);
        Customer survivorNow = find(survivor.getId());
        assertThatThrownBy(() -> merge(admin, survivorNow, merged, Map.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(names(CustomerFilter.NONE)).containsExactly("Bodegas Rioja S.L.", "Bodegas Rioja SL");
        assertThat(data.count("select count(*) from " + schema() + ".contact_person where company_id = ?",
                merged.getId())).isEqualTo(2);
        assertThat(events.stream(CustomersMerged.class)).isEmpty();
    }

    @Test
    void onlyAdminAndManagementMayMerge() {
        for (Role role : List.of(Role.SALES, Role.MARKETING, Role.SUPPORT, Role.FINANCE)) {
            SignedInUser member = data.addMember(admin, TestData.uniqueEmail("m"), "M", Set.of(role));
            assertThatThrownBy(() -> merge(member, survivor, merged, Map.of())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedInUser management = data.addMember(admin, TestData.uniqueEmail("dir"), "Dirección",
                Set.of(Role.MANAGEMENT));
        merge(management, survivor, merged, Map.of());
        assertThat(names(CustomerFilter.NONE)).containsExactly("Bodegas Rioja SL");
    }

    @Test
    void aCustomerOfAnotherWorkspaceCannotBeMergedIn() {
        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        // Each workspace numbers its customers itself: take one whose id this workspace does not have.
        for (String name : List.of("Ajena 1", "Ajena 2")) {
            TestData.as(otherAdmin, () -> customers.save(customer(name, null, null, null, null)));
        }
        Customer foreign = TestData.as(otherAdmin, () -> customers.save(customer("Ajena 3", null, null, null, null)));
        long foreignId = foreign.getId();
        long foreignVersion = foreign.getVersion();
        assertThat(TestData.as(admin, () -> customers.find(foreignId))).isEmpty();

        assertThatThrownBy(() -> TestData.as(admin, () -> {
            mergeService.merge(survivor.getId(), survivor.getVersion(), foreignId, foreignVersion, Map.of());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(otherAdmin, () -> customers.find(foreignId))).isPresent();
    }

    @Test
    void tagsAndNotesAreCombinedNotChosenAndNobodyMergesIntoThemselves() {
        assertThatThrownBy(() -> merge(admin, survivor, merged, Map.of(CustomerField.TAGS, Side.MERGED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TAGS");
        assertThatThrownBy(() -> merge(admin, survivor, survivor, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notesTooLongTogetherAreRefusedNamingTheField() {
        Customer longNotes = find(merged.getId());
        longNotes.setNotes("x".repeat(9_990));
        Customer saved = save(longNotes);

        assertThatThrownBy(() -> merge(admin, survivor, saved, Map.of()))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("notes");
    }

    private void merge(SignedInUser user, Customer keep, Customer fold, Map<CustomerField, Side> choices) {
        TestData.as(user, () -> {
            mergeService.merge(keep.getId(), keep.getVersion(), fold.getId(), fold.getVersion(), choices);
            return null;
        });
    }

    private Customer save(Customer customer) {
        return TestData.as(admin, () -> customers.save(customer));
    }

    private Customer find(long id) {
        return TestData.as(admin, () -> customers.find(id).orElseThrow());
    }

    private List<LifecycleChange> history(Customer customer) {
        return TestData.as(admin, () -> customers.lifecycleHistory(customer.getId()));
    }

    private List<String> names(CustomerFilter filter) {
        return TestData.as(admin, () -> customers.page(filter, PageRequest.of(0, 50,
                org.springframework.data.domain.Sort.by("name"))).stream().map(Customer::getName).toList());
    }

    private void contact(Customer company, String name) {
        inTransaction(() -> {
            var contact = new ContactPerson(company.getId());
            contact.setName(name);
            entityManager.persist(contact);
            return contact;
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestData.as(admin, () -> transactions.execute(status -> work.get()));
    }

    private String schema() {
        return admin.workspace().tenant().schema();
    }
}
