package com.cartera.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.Purchase;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.importexport.CustomerExport;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change is recorded in the workspace's audit trail, on PostgreSQL: who, when, each field's old and new
 * value; deletes keep the content; team changes, exports and failures are there; and one workspace's trail
 * never shows another's.
 */
@CarteraIntegrationTest
class AuditTrailTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    CustomerService customers;
    @Autowired
    ContactPersonService contacts;
    @Autowired
    PurchaseService purchases;
    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    TeamService team;
    @Autowired
    CustomerExport customerExport;
    @Autowired
    TagService tags;
    @Autowired
    AuditExport auditExport;
    @Autowired
    AuditSearch search;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TestData data;
    private SignedInUser admin;

    @BeforeEach
    void workspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Auditoría " + TestData.uniqueSlug("a"));
    }

    /** One entry of the workspace's trail, as stored. */
    record Entry(String action, String entityType, String entityId, Long customerId, String actor, String summary,
                 List<Map<String, Object>> changes, Map<String, Object> details) {

        Map<String, Object> change(String field) {
            return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst().orElse(null);
        }
    }

    private List<Entry> entries(SignedInUser user, String action, String entityType) {
        return jdbc.query("select action, entity_type, entity_id, customer_id, cast(actor_id as text) as actor, summary,"
                        + " cast(changes as text) as changes, cast(details as text) as details from "
                        + user.workspace().tenant().schema() + ".audit_event"
                        + " where action = ? and entity_type = ? order by id",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6),
                        json.readValue(rs.getString(7), List.class), json.readValue(rs.getString(8), Map.class)),
                action, entityType);
    }

    @Test
    void aCustomerEditRecordsWhoAndTheOldAndNewValueOfEachChangedField() {
        Customer created = data.customer(admin, "Lucía Gómez", "lucia@example.com", LifecycleStage.LEAD);
        Customer edited = TestData.as(admin, () -> customers.find(created.getId()).orElseThrow());
        edited.setName("Lucía Gómez Ruiz");
        edited.setCity("Zaragoza");
        TestData.as(admin, () -> customers.save(edited));

        Entry creation = entries(admin, "CREATED", "CUSTOMER").getFirst();
        assertThat(creation.entityId()).isEqualTo(created.getId().toString());
        assertThat(creation.change("name")).containsEntry("old", null).containsEntry("new", "Lucía Gómez");

        List<Entry> updates = entries(admin, "UPDATED", "CUSTOMER");
        assertThat(updates).hasSize(1);
        Entry update = updates.getFirst();
        assertThat(update.actor()).isEqualTo(admin.userId().toString());
        assertThat(update.customerId()).isEqualTo(created.getId());
        assertThat(update.summary()).isEqualTo("Lucía Gómez Ruiz");
        // The fields the person changed, and the bookkeeping that goes with them; never the version.
        assertThat(update.changes()).extracting(c -> c.get("field")).contains("name", "city")
                .isSubsetOf("name", "city", "updatedAt", "updatedBy").doesNotContain("version");
        assertThat(update.change("name")).containsEntry("old", "Lucía Gómez").containsEntry("new", "Lucía Gómez Ruiz");
        assertThat(update.change("city")).containsEntry("old", null).containsEntry("new", "Zaragoza");
    }

    @Test
    void aCustomerMovedToTheBinIsRecordedWithWhoAndWhichCustomer() {
        Customer created = data.customer(admin, "Pablo Ortiz", null, LifecycleStage.ACTIVE);
        TestData.as(admin, () -> {
            customers.delete(created.getId(), created.getVersion());
            return null;
        });

        assertThat(entries(admin, "DELETE", "CUSTOMER")).singleElement().satisfies(e -> {
            assertThat(e.customerId()).isEqualTo(created.getId());
            assertThat(e.entityId()).isEqualTo(created.getId().toString());
            assertThat(e.summary()).isEqualTo("Pablo Ortiz");
            assertThat(e.actor()).isEqualTo(admin.userId().toString());
        });
    }

    @Test
    void aChangeOfACustomersTagsIsRecordedAsTheTagsBeforeAndAfter() {
        Customer created = data.customer(admin, "Rosa Vidal", null, LifecycleStage.ACTIVE);
        Tag vip = TestData.as(admin, () -> tags.create("VIP", "#d32f2f"));
        Tag fair = TestData.as(admin, () -> tags.create("Feria", "#1976d2"));
        for (Set<Tag> chosen : List.of(Set.of(vip), Set.of(vip, fair))) {
            TestData.as(admin, () -> {
                Customer edited = customers.find(created.getId()).orElseThrow();
                edited.setTags(new java.util.HashSet<>(chosen));
                return customers.save(edited);
            });
        }

        List<String> tagChanges = entries(admin, "UPDATED", "CUSTOMER").stream().map(e -> e.change("tags"))
                .filter(java.util.Objects::nonNull).map(c -> c.get("old") + " → " + c.get("new")).toList();
        String both = java.util.stream.Stream.of(vip.getId(), fair.getId()).map(String::valueOf).sorted()
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(tagChanges).containsExactly("null → " + vip.getId(), vip.getId() + " → " + both);
    }

    @Test
    void aDeletedPurchaseKeepsItsWholeContentWithItsLines() {
        var commerce = new CommerceFixtures(context);
        Customer buyer = data.customer(admin, "Carmen Díaz", null, LifecycleStage.ACTIVE);
        Product product = commerce.product(admin, "Aceite 5 l", "ACE-5", "24.50");
        Purchase purchase = commerce.purchase(admin, buyer.getId(), LocalDate.of(2026, 3, 2), product);
        TestData.as(admin, () -> {
            purchases.delete(purchase.getId(), purchase.getVersion());
            return null;
        });

        Entry deleted = entries(admin, "DELETED", "PURCHASE").getFirst();
        assertThat(deleted.entityId()).isEqualTo(purchase.getId().toString());
        assertThat(deleted.customerId()).isEqualTo(buyer.getId());
        assertThat(deleted.actor()).isEqualTo(admin.userId().toString());
        assertThat(deleted.change("purchasedOn")).containsEntry("old", "2026-03-02").containsEntry("new", null);
        assertThat(new BigDecimal((String) deleted.change("total").get("old"))).isEqualByComparingTo(purchase.getTotal());
        Entry line = entries(admin, "DELETED", "PURCHASE_LINE").getFirst();
        assertThat(line.customerId()).isEqualTo(buyer.getId());
        assertThat(line.change("product").get("old")).isEqualTo(product.getId().intValue());
        assertThat(line.change("purchase").get("old")).isEqualTo(purchase.getId().intValue());
        assertThat(line.change("unitPrice").get("old")).isNotNull();
        assertThat(line.change("quantity").get("old")).isNotNull();
    }

    @Test
    void aDeletedContactKeepsItsContent() {
        var company = new Customer();
        company.setKind(CustomerKind.COMPANY);
        company.setName("Talleres Norte SL");
        company.setLifecycleStage(LifecycleStage.ACTIVE);
        Customer saved = TestData.as(admin, () -> customers.save(company));
        var contact = new ContactPerson(saved.getId());
        contact.setName("Marta Ruiz");
        contact.setEmail("marta@talleres.example");
        contact.setPhone("+34 600 000 000");
        ContactPerson stored = TestData.as(admin, () -> contacts.save(contact));
        TestData.as(admin, () -> {
            contacts.delete(saved.getId(), stored.getId(), stored.getVersion());
            return null;
        });

        Entry deleted = entries(admin, "DELETED", "CONTACT").getFirst();
        assertThat(deleted.customerId()).isEqualTo(saved.getId());
        assertThat(deleted.summary()).isEqualTo("Marta Ruiz");
        assertThat(deleted.change("email")).containsEntry("old", "marta@talleres.example");
        assertThat(deleted.change("phone")).containsEntry("old", "+34 600 000 000");
    }

    @Test
    void aRoleChangeAndAnInvitationAreRecordedInTheWorkspaceWithoutSecrets() {
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("vende"), "Vendedor", Set.of(Role.SALES));
        var member = TestData.as(admin, () -> team.members()).stream()
                .filter(m -> m.userId().equals(seller.userId())).findFirst().orElseThrow();
        TestData.as(admin, () -> team.changeRoles(member.membershipId(), member.version(),
                EnumSet.of(Role.SALES, Role.MARKETING)));
        String invited = TestData.uniqueEmail("invitada");
        String token = TestData.as(admin, () -> team.invite(invited, Set.of(Role.SUPPORT)));
        String tokenHash = jdbc.queryForObject("select token_hash from cartera.invitation where email = ?", String.class,
                invited);

        // People join by accepting an invitation: that acceptance is the entry of their arrival.
        assertThat(entries(admin, "INVITATION_ACCEPTED", "INVITATION")).extracting(Entry::summary).contains(seller.email());
        Entry roles = entries(admin, "ROLES_CHANGED", "MEMBERSHIP").getFirst();
        assertThat(roles.entityId()).isEqualTo(member.membershipId().toString());
        assertThat(roles.actor()).isEqualTo(admin.userId().toString());
        assertThat(roles.change("roles")).containsEntry("old", "SALES").containsEntry("new", "MARKETING,SALES");
        Entry invitation = entries(admin, "INVITATION_SENT", "INVITATION").stream()
                .filter(entry -> entry.summary().equals(invited)).findFirst().orElseThrow();
        assertThat(invitation.change("roles")).containsEntry("new", "SUPPORT");
        // Neither the link's token nor its hash is ever in the trail.
        String everything = jdbc.queryForObject("select string_agg(cast(changes as text) || cast(details as text), '')"
                + " from " + admin.workspace().tenant().schema() + ".audit_event", String.class);
        assertThat(everything).doesNotContain(token).doesNotContain(tokenHash);
    }

    @Test
    void workspaceSettingsChangesAreRecordedFieldByField() {
        WorkspaceSettings current = TestData.as(admin, () -> settings.current());
        BigDecimal before = current.getTierStrategicMin();
        current.setTierStrategicMin(before.add(new BigDecimal("1000")));
        TestData.as(admin, () -> settings.update(current));

        Entry update = entries(admin, "UPDATED", "WORKSPACE_SETTINGS").getFirst();
        assertThat(new BigDecimal((String) update.change("tierStrategicMin").get("old"))).isEqualByComparingTo(before);
        assertThat(new BigDecimal((String) update.change("tierStrategicMin").get("new")))
                .isEqualByComparingTo(before.add(new BigDecimal("1000")));
    }

    @Test
    void aCustomerExportIsRecordedWithItsFilterAndRowCount() {
        data.customer(admin, "Exportado Uno", null, LifecycleStage.LEAD);
        data.customer(admin, "Exportado Dos", null, LifecycleStage.LEAD);
        data.customer(admin, "Otro", null, LifecycleStage.ACTIVE);
        TestData.as(admin, () -> {
            customerExport.write(CustomerFilter.NONE.withText("Exportado"), Sort.by("name"), new ByteArrayOutputStream(),
                    Locale.forLanguageTag("es"));
            return null;
        });

        Entry export = entries(admin, "EXPORT", "CUSTOMER").getFirst();
        assertThat(export.details()).containsEntry("rows", 2);
        assertThat(export.details().get("filter")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("text", "Exportado");
        assertThat(export.actor()).isEqualTo(admin.userId().toString());
    }

    @Test
    void theTrailsExportHoldsTheFilteredEntriesAndIsItselfRecorded() throws Exception {
        data.customer(admin, "Exportable Uno", null, LifecycleStage.LEAD);
        data.customer(admin, "Exportable Dos", null, LifecycleStage.LEAD);
        var out = new ByteArrayOutputStream();
        var filter = new AuditFilter(null, null, null, "CREATED", "CUSTOMER", null, "Exportable");
        int rows = TestData.as(admin, () -> auditExport.write(filter, out, Locale.forLanguageTag("es"),
                java.time.ZoneOffset.UTC));

        assertThat(rows).isEqualTo(2);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fecha y hora");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Exportable Dos");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).contains("name: ∅ → Exportable Dos");
        }
        Entry export = entries(admin, "EXPORT", "AUDIT_EVENT").getFirst();
        assertThat(export.details()).containsEntry("rows", 2);
        assertThat(export.details().get("filter")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("text", "Exportable").containsEntry("action", "CREATED");
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        Customer created = data.customer(admin, "Sin cambios", null, LifecycleStage.LEAD);
        var transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> TestData.as(admin, () -> transaction.execute(status -> {
            Customer edited = customers.find(created.getId()).orElseThrow();
            edited.setCity("Huesca");
            customers.save(edited);
            throw new IllegalStateException("rolled back");
        }))).hasMessage("rolled back");

        assertThat(entries(admin, "UPDATED", "CUSTOMER")).isEmpty();
    }

    @Test
    void aWorkspaceSearchesOnlyItsOwnTrail() {
        SignedInUser other = data.newWorkspace("Otra " + TestData.uniqueSlug("b"));
        data.customer(admin, "Cliente de A", null, LifecycleStage.LEAD);
        data.customer(other, "Cliente de B", null, LifecycleStage.LEAD);

        List<AuditRecord> seenByA = TestData.as(admin, () -> search.find(AuditFilter.NONE, 0, 1000));
        List<AuditRecord> seenByB = TestData.as(other, () -> search.find(AuditFilter.NONE, 0, 1000));

        assertThat(seenByA).extracting(AuditRecord::summary).contains("Cliente de A").doesNotContain("Cliente de B");
        assertThat(seenByB).extracting(AuditRecord::summary).contains("Cliente de B").doesNotContain("Cliente de A");
        var filtered = new AuditFilter(null, null, admin.userId(), "CREATED", "CUSTOMER", null, "de A");
        assertThat(TestData.as(admin, () -> search.find(filtered, 0, 10))).singleElement()
                .satisfies(r -> assertThat(r.changes()).extracting(FieldChange::field).contains("name"));
        assertThat(TestData.as(other, () -> search.count(filtered))).isZero();
    }
}
