package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Likely duplicates on PostgreSQL: the normalisation and score rules with hand-written cases, each
 * reason for a candidate, dismissal, the review pairs, workspace isolation, and index use.
 */
@CarteraIntegrationTest
class DuplicateDetectionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DuplicateService duplicates;
    @Autowired
    CustomerService customers;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    private TestData data;
    private SignedInUser admin;
    private Customer ana;

    @BeforeEach
    void aWorkspaceWithAna() {
        data = new TestData(context);
        admin = data.newWorkspace("Duplicados " + TestData.uniqueSlug("d"));
        ana = save(admin, customer("Ana García Pérez", "ana@garcia.es", "+34 600 123 456", "12345678Z", "Madrid"));
    }

    // --- the rules, as the database applies them to stored customers and drafts alike ----------------

    @Test
    void emailsAgreeTrimmedAndInLowerCase() {
        assertThat(key("email_key", " Ana.Garcia@Correo.ES ")).isEqualTo("ana.garcia@correo.es");
        assertThat(key("email_key", "   ")).isNull();
        assertThat(key("email_key", null)).isNull();
    }

    @Test
    void phonesAgreeOnTheirLastNineDigitsWhateverTheCountryCodeOrPunctuation() {
        assertThat(key("phone_key", "+34 600 12 34 56")).isEqualTo("600123456");
        assertThat(key("phone_key", "0034 600-123-456")).isEqualTo("600123456");
        assertThat(key("phone_key", "600123456")).isEqualTo("600123456");
        assertThat(key("phone_key", "(91) 123.45.67")).isEqualTo("911234567");
        // Longer national numbers lose their trunk prefix as well as the country code.
        assertThat(key("phone_key", "+44 20 7946 0958")).isEqualTo("079460958");
        assertThat(key("phone_key", "020 7946 0958")).isEqualTo("079460958");
        assertThat(key("phone_key", "+52 55 1234 5678")).isEqualTo("512345678");
        assertThat(key("phone_key", "55 1234 5678")).isEqualTo("512345678");
        // Short numbers are kept whole; fewer than six digits is no phone.
        assertThat(key("phone_key", "912 345")).isEqualTo("912345");
        assertThat(key("phone_key", "12-345")).isNull();
        assertThat(key("phone_key", "")).isNull();
    }

    @Test
    void taxIdsAgreeInUpperCaseWithoutSpacesDashesOrDots() {
        assertThat(key("tax_id_key", "b-12.345.678")).isEqualTo("B12345678");
        assertThat(key("tax_id_key", " 12345678 z ")).isEqualTo("12345678Z");
        assertThat(key("tax_id_key", " - . ")).isNull();
    }

    @Test
    void citiesAgreeWithoutCaseOrAccents() {
        assertThat(key("city_key", " Málaga ")).isEqualTo("malaga");
        assertThat(key("city_key", "A CORUÑA")).isEqualTo("a coruna");
    }

    @Test
    void theScoreCombinesIndependentEvidence() {
        // 100 × (1 − product of the chances each matching key is wrong): tax id 0.1, e-mail 0.2, phone 0.4,
        // name in the same city 1 − 0.7 × similarity.
        assertThat(score(false, false, true, null)).isEqualTo(90);
        assertThat(score(true, false, false, null)).isEqualTo(80);
        assertThat(score(false, true, false, null)).isEqualTo(60);
        assertThat(score(false, false, false, 1.0)).isEqualTo(70);
        assertThat(score(false, false, false, 0.6)).isEqualTo(42);
        assertThat(score(true, true, false, null)).isEqualTo(92);        // 1 − 0.2 × 0.4
        assertThat(score(true, false, false, 0.8)).isEqualTo(91);        // 1 − 0.2 × 0.44 = 0.912
        assertThat(score(false, true, true, null)).isEqualTo(96);        // 1 − 0.1 × 0.4
        assertThat(score(true, true, true, 1.0)).isEqualTo(100);         // 1 − 0.0024, rounded
        assertThat(score(false, false, false, null)).isZero();
    }

    // --- candidates of a draft ---------------------------------------------------------------------

    @Test
    void theSameEmailInAnotherCaseIsACandidate() {
        var candidates = candidates(admin, customer("Otra Persona", " ANA@Garcia.ES", null, null, "Bilbao"));
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.customer().getId()).isEqualTo(ana.getId());
            assertThat(candidate.reasons()).containsExactly(DuplicateReason.EMAIL);
            assertThat(candidate.score()).isEqualTo(80);
        });
    }

    @Test
    void theSamePhoneWithoutTheCountryCodeIsACandidate() {
        var candidates = candidates(admin, customer("Otra Persona", null, "600 12 34 56", null, null));
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.reasons()).containsExactly(DuplicateReason.PHONE);
            assertThat(candidate.score()).isEqualTo(60);
        });
    }

    @Test
    void theSameTaxIdWrittenDifferentlyIsACandidate() {
        var candidates = candidates(admin, customer("Otra Persona", null, null, "12.345.678-z", null));
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.reasons()).containsExactly(DuplicateReason.TAX_ID);
            assertThat(candidate.score()).isEqualTo(90);
        });
    }

    @Test
    void aSimilarNameInTheSameCityIsACandidateButNotInAnotherCity() {
        var candidates = candidates(admin, customer("ana garcia perez", null, null, null, " MADRID"));
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.reasons()).containsExactly(DuplicateReason.NAME_AND_CITY);
            // Identical once case and accents are gone: similarity 1.
            assertThat(candidate.score()).isEqualTo(70);
        });
        assertThat(candidates(admin, customer("Ana García Pérez", null, null, null, "Sevilla"))).isEmpty();
        assertThat(candidates(admin, customer("Ana García Pérez", null, null, null, null))).isEmpty();
        // Same city, too different a name.
        assertThat(candidates(admin, customer("Bodegas del Norte", null, null, null, "Madrid"))).isEmpty();
    }

    @Test
    void severalReasonsAddUpAndTheMostLikelyComesFirst() {
        Customer namesake = save(admin, customer("Ana Garcia Perez", "otra@correo.es", null, null, "Madrid"));
        var candidates = candidates(admin, customer("Ana García", "ana@garcia.es", "600123456", null, "Madrid"));
        assertThat(candidates).extracting(candidate -> candidate.customer().getId())
                .containsExactly(ana.getId(), namesake.getId());
        assertThat(candidates.getFirst().reasons()).contains(DuplicateReason.EMAIL, DuplicateReason.PHONE);
        assertThat(candidates.getFirst().score()).isGreaterThanOrEqualTo(92);
        // Owners are loaded for showing.
        assertThat(candidates.getFirst().customer().getOwner()).isNull();
    }

    @Test
    void aCustomerBeingEditedIsNoCandidateOfItselfNorAreDeletedOnes() {
        assertThat(candidates(admin, ana)).isEmpty();
        Customer copy = save(admin, customer("Copia", "ana@garcia.es", null, null, null));
        assertThat(candidates(admin, ana)).extracting(candidate -> candidate.customer().getId())
                .containsExactly(copy.getId());
        TestData.as(admin, () -> {
            customers.delete(copy.getId(), customers.find(copy.getId()).orElseThrow().getVersion());
            return null;
        });
        assertThat(candidates(admin, ana)).isEmpty();
    }

    @Test
    void anotherWorkspacesCustomersAreNeverCandidates() {
        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        save(otherAdmin, customer("Ana García Pérez", "ana@garcia.es", "+34 600 123 456", "12345678Z", "Madrid"));

        assertThat(candidates(admin, customer("X", "ana@garcia.es", null, null, null)))
                .extracting(candidate -> candidate.customer().getId()).containsExactly(ana.getId());
        assertThat(TestData.as(admin, duplicates::countPairs)).isZero();
        assertThat(TestData.as(otherAdmin, duplicates::countPairs)).isZero();
    }

    // --- the workspace's pairs and dismissal --------------------------------------------------------

    @Test
    void pairsArePagedHighestScoreFirst() {
        Customer byPhone = save(admin, customer("Pedro Ruiz", null, "0034600123456", null, null));
        Customer byEverything = save(admin, customer("Ana García", "ana@garcia.es", null, "12345678-Z", null));

        assertThat(TestData.as(admin, duplicates::countPairs)).isEqualTo(2);
        List<DuplicatePair> first = TestData.as(admin, () -> duplicates.pairs(0, 1));
        assertThat(first).singleElement().satisfies(pair -> {
            assertThat(pair.first().getId()).isEqualTo(ana.getId());
            assertThat(pair.second().getId()).isEqualTo(byEverything.getId());
            assertThat(pair.reasons()).containsExactly(DuplicateReason.TAX_ID, DuplicateReason.EMAIL);
            assertThat(pair.score()).isEqualTo(98);
        });
        assertThat(TestData.as(admin, () -> duplicates.pairs(1, 1))).singleElement().satisfies(pair -> {
            assertThat(pair.second().getId()).isEqualTo(byPhone.getId());
            assertThat(pair.score()).isEqualTo(60);
        });
    }

    @Test
    void editingAwayTheSharedKeyEndsThePair() {
        Customer copy = save(admin, customer("Copia", "ana@garcia.es", null, null, null));
        assertThat(TestData.as(admin, duplicates::countPairs)).isEqualTo(1);

        Customer edited = TestData.as(admin, () -> customers.find(copy.getId()).orElseThrow());
        edited.setEmail("otra@correo.es");
        save(admin, edited);
        assertThat(TestData.as(admin, duplicates::countPairs)).isZero();
    }

    @Test
    void aDismissedPairIsNotProposedAgainAndOnlyThoseWhoMayMergeDismiss() {
        Customer copy = save(admin, customer("Copia", "ana@garcia.es", null, null, null));
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        assertThat(TestData.as(sales, duplicates::countPairs)).isEqualTo(1);
        assertThatThrownBy(() -> TestData.as(sales, () -> {
            duplicates.dismiss(copy.getId(), ana.getId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        TestData.as(admin, () -> {
            duplicates.dismiss(copy.getId(), ana.getId());
            return null;
        });

        assertThat(TestData.as(admin, duplicates::countPairs)).isZero();
        assertThat(candidates(admin, ana)).isEmpty();
        assertThat(data.count("select count(*) from " + schema() + ".duplicate_dismissal where customer_id = ?"
                + " and other_customer_id = ?", ana.getId(), copy.getId())).isEqualTo(1);
        // Editing either again does not bring the pair back.
        Customer edited = TestData.as(admin, () -> customers.find(copy.getId()).orElseThrow());
        edited.setPhone("600123456");
        save(admin, edited);
        assertThat(TestData.as(admin, duplicates::countPairs)).isZero();
        // A new customer is still compared with both.
        assertThat(candidates(admin, customer("Nueva", "ana@garcia.es", null, null, null))).hasSize(2);
    }

    @Test
    void readingPairsIsRefusedToSupportAndFinance() {
        for (Role role : List.of(Role.SUPPORT, Role.FINANCE)) {
            SignedInUser member = data.addMember(admin, TestData.uniqueEmail("m"), "M", Set.of(role));
            assertThatThrownBy(() -> TestData.as(member, duplicates::countPairs)).isInstanceOf(AccessDeniedException.class);
            // The warning on save is for everyone who saves.
            assertThat(candidates(member, customer("X", "ana@garcia.es", null, null, null))).hasSize(1);
        }
    }

    // --- fast at any size: index lookups, never a scan of the customers --------------------------------

    @Test
    void findingTheCandidatesOfACustomerUsesTheIndexesOnly() {
        List<String> plan = TestData.as(admin, () -> transactions.execute(status -> {
            entityManager.createNativeQuery("""
                            insert into customer (kind, name, email, phone, tax_id, city, lifecycle_stage)
                            select 'PERSON', 'Cliente ' || i || ' ' || md5(i::text), 'cliente' || i || '@correo.es',
                                   '6' || lpad(i::text, 8, '0'), 'X' || i,
                                   (array['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Málaga'])[i % 6 + 1],
                                   'LEAD'
                            from generate_series(1, 5000) i""").executeUpdate();
            entityManager.createNativeQuery("analyze customer").executeUpdate();
            entityManager.createNativeQuery("select set_config('pg_trgm.similarity_threshold', '0.6', true)")
                    .getSingleResult();
            return entityManager.createNativeQuery("""
                            explain select * from duplicate_candidates(null, 'Cliente 17 x', 'cliente17@correo.es',
                                                                      '+34 600000017', 'x-17', 'Murcia')""")
                    .getResultList().stream().map(String::valueOf).toList();
        }));
        String text = String.join("\n", plan);
        assertThat(text).contains("customer_email_key_idx", "customer_phone_key_idx", "customer_tax_id_key_idx")
                .containsAnyOf("customer_name_trgm_idx", "customer_city_key_idx")
                .doesNotContain("Seq Scan");
        assertThat(candidates(admin, customer("Cliente 17 x", null, "+34 600000017", null, null)))
                .extracting(candidate -> candidate.customer().getEmail()).containsExactly("cliente17@correo.es");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private List<DuplicateCandidate> candidates(SignedInUser user, Customer draft) {
        return TestData.as(user, () -> duplicates.candidatesFor(draft));
    }

    private Customer save(SignedInUser user, Customer customer) {
        return TestData.as(user, () -> customers.save(customer));
    }

    private String key(String function, String value) {
        return TestData.as(admin, () -> transactions.execute(status -> (String) entityManager
                .createNativeQuery("select " + function + "(cast(:value as text))")
                .setParameter("value", value)
                .getSingleResult()));
    }

    private int score(boolean email, boolean phone, boolean taxId, Double similarity) {
        return TestData.as(admin, () -> transactions.execute(status -> ((Number) entityManager
                .createNativeQuery("select duplicate_score(:email, :phone, :taxId, cast(cast(:similarity as text) as real))")
                .setParameter("email", email)
                .setParameter("phone", phone)
                .setParameter("taxId", taxId)
                .setParameter("similarity", similarity == null ? null : similarity.toString())
                .getSingleResult()).intValue()));
    }

    private String schema() {
        return admin.workspace().tenant().schema();
    }

    static Customer customer(String name, String email, String phone, String taxId, String city) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setTaxId(taxId);
        customer.setCity(city);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        return customer;
    }
}
