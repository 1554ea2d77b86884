package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.customer.EditConflict.Choice;
import com.cartera.customer.CustomerField;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.Tag;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;

@CarteraIntegrationTest
class CustomerViewTest extends KaribuTest {

    private CustomerService customerService;
    private SignedInUser admin;
    private SignedInUser colleague;
    private Customer bodegas;

    @BeforeEach
    void aWorkspaceWithACustomer() {
        customerService = context.getBean(CustomerService.class);
        admin = data.newWorkspace("Cliente 360 " + TestData.uniqueSlug("c"));
        colleague = data.addMember(admin, TestData.uniqueEmail("colega"), "Colega", Set.of(Role.MANAGEMENT));
        var customer = new Customer();
        customer.setName("Bodegas Rioja");
        customer.setCity("Burgos");
        customer.setLifecycleStage(LifecycleStage.ACTIVE);
        bodegas = as(admin, () -> customerService.save(customer));
    }

    // --- who may edit what ------------------------------------------------------------------------

    @Test
    void salesEditTheirOwnCustomerButOnlyReadAColleagues() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vendedora", Set.of(Role.SALES));
        Customer own = data.customer(sales, "Cliente propio", null, LifecycleStage.ACTIVE);

        CustomerView view = open(sales, own);
        CustomerProfileForm form = profile(view);
        assertThat(form.name.isReadOnly()).isFalse();
        assertThat(form.sector.isReadOnly()).isFalse();
        assertThat(form.preferredPayment.isReadOnly()).isFalse();
        assertThat(form.tags.isReadOnly()).isFalse();
        assertThat(form.owner.isVisible()).isFalse();
        assertThat(form.save.isVisible()).isTrue();
        assertThat(view.delete.isVisible()).isTrue();
        assertThat(view.header.owner.getText()).isEqualTo("Responsable: Vendedora");

        view = open(sales, bodegas);
        form = profile(view);
        assertThat(allReadOnly(form.name, form.city, form.sector, form.preferredPayment, form.notes)).isTrue();
        assertThat(form.tags.isReadOnly()).isTrue();
        assertThat(form.birthday.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
    }

    @Test
    void financeEditsOnlyThePaymentFields() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("finanzas"), "Finanzas", Set.of(Role.FINANCE));
        CustomerView view = open(finance, bodegas);
        CustomerProfileForm form = profile(view);

        assertThat(form.preferredPayment.isReadOnly()).isFalse();
        assertThat(allReadOnly(form.name, form.city, form.sector, form.interests)).isTrue();
        assertThat(form.tags.isReadOnly()).isTrue();
        assertThat(view.delete.isVisible()).isFalse();

        _setValue(form.preferredPayment, PaymentMethod.DIRECT_DEBIT);
        NotificationsKt.clearNotifications();
        _click(form.save);

        assertThat(notifications()).containsExactly("Guardado: Bodegas Rioja");
        assertThat(stored(bodegas).getPreferredPayment()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
    }

    @Test
    void marketingEditsSegmentationAndTagsButNotTheProfileOfACustomer() {
        SignedInUser marketing = data.addMember(admin, TestData.uniqueEmail("mk"), "Marketing", Set.of(Role.MARKETING));
        {
            CustomerProfileForm form = profile(open(marketing, bodegas));
            assertThat(noneReadOnly(form.sector, form.interests, form.sourceCampaign)).isTrue();
            assertThat(form.tags.isReadOnly()).isFalse();
            assertThat(form.marketingConsent.isReadOnly()).isFalse();
            assertThat(allReadOnly(form.name, form.email, form.city)).isTrue();
            assertThat(form.preferredPayment.isReadOnly()).isTrue();

            _setValue(form.sector, "Vinos");
            _click(form.save);
            assertThat(stored(bodegas).getSector()).isEqualTo("Vinos");
        }
    }

    @Test
    void supportReadsTheProfileWithoutEditingAnything() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte", Set.of(Role.SUPPORT));
        CustomerView view = open(support, bodegas);
        CustomerProfileForm form = profile(view);

        assertThat(allReadOnly(form.name, form.city, form.sector, form.preferredPayment, form.notes, form.interests)).isTrue();
        assertThat(form.kind.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(form.city.getValue()).isEqualTo("Burgos");

        // Contacts of a company are read-only for them, in the view and on the server.
        var company = new Customer();
        company.setKind(CustomerKind.COMPANY);
        company.setName("Talleres Sil");
        company.setLifecycleStage(LifecycleStage.ACTIVE);
        Customer sil = as(admin, () -> customerService.save(company));
        CustomerView companyView = open(support, sil);
        companyView.tabs.setSelectedIndex(tabTitles(companyView).indexOf("Contactos"));
        assertThat(companyView.contacts.add.isVisible()).isFalse();
        var contact = new ContactPerson(sil.getId());
        contact.setName("Intento");
        assertThatThrownBy(() -> as(support, () -> context.getBean(ContactPersonService.class).save(contact)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contactsOf(sil)).isEmpty();

        // Nor may they create a customer: "new" sends them back to the list.
        UI.getCurrent().navigate("customers/new");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
    }

    // --- editing ------------------------------------------------------------------------------------

    @Test
    void anEditIsSavedAndTheHeaderFollows() {
        insertTag(admin, "VIP", "#b91c1c");
        Customer referrer = data.customer(admin, "Ana García", null, LifecycleStage.ACTIVE);
        CustomerView view = open(admin, bodegas);
        assertThat(view.header.name.getText()).isEqualTo("Bodegas Rioja");
        assertThat(view.header.stage.getText()).isEqualTo("Activo");
        CustomerProfileForm form = profile(view);
        assertThat(form.owner.isVisible()).isTrue();

        _setValue(form.name, "Bodegas Rioja Alta");
        _setValue(form.stage, LifecycleStage.INACTIVE);
        _setValue(form.birthday, LocalDate.of(1980, 2, 29));
        _setValue(form.tags, Set.copyOf(form.tags.getListDataView().getItems().toList()));
        _setValue(form.referredBy, referrer);
        NotificationsKt.clearNotifications();
        _click(form.save);

        assertThat(notifications()).containsExactly("Guardado: Bodegas Rioja Alta");
        Customer stored = stored(bodegas);
        assertThat(stored.getName()).isEqualTo("Bodegas Rioja Alta");
        assertThat(stored.getLifecycleStage()).isEqualTo(LifecycleStage.INACTIVE);
        assertThat(stored.getBirthday()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(stored.getTags()).extracting(Tag::getName).containsExactly("VIP");
        assertThat(stored.getReferredBy().getId()).isEqualTo(referrer.getId());
        assertThat(texts(view.header.tags, Span.class, "tag-chip")).containsExactly("VIP");
        assertThat(view.header.name.getText()).isEqualTo("Bodegas Rioja Alta");
        assertThat(view.header.stage.getText()).isEqualTo("Inactivo");
        // Still on the profile, ready for the next edit, which starts from the saved version.
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.profileTab);
        _setValue(view.profile.city, "Haro");
        _click(view.profile.save);
        assertThat(stored(bodegas).getCity()).isEqualTo("Haro");
    }

    @Test
    void wrongInputIsNamedOnTheFieldAndNothingIsSaved() {
        CustomerProfileForm form = profile(open(admin, bodegas));
        _setValue(form.referredBy, stored(bodegas));
        _click(form.save);
        assertThat(form.referredBy.getErrorMessage()).isEqualTo("Un cliente no puede recomendarse a sí mismo");
        _setValue(form.referredBy, null);

        _setValue(form.name, "");
        _setValue(form.email, "no-es-un-correo");
        _click(form.save);

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Escribe el nombre");
        assertThat(form.email.getErrorMessage()).isEqualTo("Escribe un correo electrónico válido, como ana@empresa.es");
        assertThat(stored(bodegas).getName()).isEqualTo("Bodegas Rioja");
        assertThat(stored(bodegas).getVersion()).isEqualTo(bodegas.getVersion());
    }

    @Test
    void aNewCustomerIsCreatedAndOpened() {
        login(admin);
        UI.getCurrent().navigate("customers/new");
        CustomerView view = _get(CustomerView.class);
        assertThat(view.header.name.getText()).isEqualTo("Nuevo cliente");
        assertThat(view.delete.isVisible()).isFalse();

        _setValue(view.profile.name, "Estudio Fernández");
        _setValue(view.profile.kind, CustomerKind.COMPANY);
        _click(view.profile.save);

        CustomerView opened = _get(CustomerView.class);
        assertThat(opened.header.name.getText()).isEqualTo("Estudio Fernández");
        assertThat(opened.header.owner.getText()).isEqualTo("Responsable: " + admin.displayName());
        assertThat(tabTitles(opened)).contains("Contactos");
    }

    @Test
    void aLikelyDuplicateIsShownBeforeSavingAndSavedOnlyIfThePersonInsists() {
        login(admin);
        UI.getCurrent().navigate("customers/new");
        CustomerView view = _get(CustomerView.class);
        _setValue(view.profile.name, "Bodegas Rioja S.L.");
        _setValue(view.profile.city, "Burgos");
        _click(view.profile.save);

        DuplicateWarning warning = _get(DuplicateWarning.class);
        assertThat(GridKt._size(warning.candidates)).isEqualTo(1);
        assertThat(GridKt._get(warning.candidates, 0).customer().getName()).isEqualTo("Bodegas Rioja");
        assertThat(countNamed("Bodegas Rioja S.L.")).isZero();
        _click(warning.cancel);
        assertThat(countNamed("Bodegas Rioja S.L.")).isZero();

        _click(view.profile.save);
        _click(_get(DuplicateWarning.class).saveAnyway);
        assertThat(countNamed("Bodegas Rioja S.L.")).isOne();
        assertThat(_get(CustomerView.class).header.name.getText()).isEqualTo("Bodegas Rioja S.L.");
    }

    @Test
    void anEditThatKeepsNameAndContactDetailsDoesNotAskAboutDuplicatesAgain() {
        var twin = new Customer();
        twin.setName("Bodegas Rioja");
        twin.setCity("Burgos");
        twin.setLifecycleStage(LifecycleStage.LEAD);
        as(admin, () -> customerService.save(twin));
        CustomerProfileForm form = profile(open(admin, bodegas));
        _setValue(form.notes, "Solo cambian las notas");
        _click(form.save);
        assertThat(_find(DuplicateWarning.class)).isEmpty();
        assertThat(as(admin, () -> customerService.find(bodegas.getId()).orElseThrow().getNotes()))
                .isEqualTo("Solo cambian las notas");
    }

    private long countNamed(String name) {
        return as(admin, () -> customerService.page(CustomerFilter.NONE.withText(name),
                PageRequest.of(0, 10)).stream()
                .filter(customer -> customer.getName().equals(name)).count());
    }

    // --- concurrent edits ---------------------------------------------------------------------------

    @Test
    void aConcurrentEditShowsWhoChangedWhatAndApplyingMineKeepsBoth() {
        CustomerProfileForm form = profile(open(admin, bodegas));
        as(colleague, () -> {
            Customer theirs = customerService.find(bodegas.getId()).orElseThrow();
            theirs.setCity("Logroño");
            return customerService.save(theirs);
        });

        _setValue(form.phone, "600 111 222");
        _click(form.save);

        EditConflictDialog dialog = form.conflictDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.who.getText()).startsWith("Colega guardó cambios el ");
        assertThat(texts(dialog.theirChanges)).containsExactly("Ciudad: Burgos → Logroño");
        assertThat(texts(dialog.myChanges)).containsExactly("Teléfono: — → 600 111 222");
        assertThat(dialog.choices).isEmpty();
        // Nothing of the editor's was saved or lost so far.
        assertThat(stored(bodegas).getPhone()).isNull();
        assertThat(form.phone.getValue()).isEqualTo("600 111 222");

        _click(dialog.applyMine);

        Customer stored = stored(bodegas);
        assertThat(stored.getCity()).isEqualTo("Logroño");
        assertThat(stored.getPhone()).isEqualTo("600 111 222");
        assertThat(stored.getVersion()).isEqualTo(bodegas.getVersion() + 2);
    }

    @Test
    void whenBothChangedTheSameFieldTheEditorChoosesWhichValueStays() {
        CustomerProfileForm form = profile(open(admin, bodegas));
        as(colleague, () -> {
            Customer theirs = customerService.find(bodegas.getId()).orElseThrow();
            theirs.setCity("Logroño");
            theirs.setSector("Vinos");
            return customerService.save(theirs);
        });

        _setValue(form.city, "Haro");
        _click(form.save);

        EditConflictDialog dialog = form.conflictDialog;
        assertThat(texts(dialog.theirChanges)).containsExactly("Ciudad: Burgos → Logroño", "Sector: — → Vinos");
        assertThat(texts(dialog.myChanges)).containsExactly("Ciudad: Burgos → Haro");
        assertThat(dialog.choices).containsOnlyKeys(CustomerField.CITY);
        var choice = dialog.choices.get(CustomerField.CITY);
        assertThat(choice.getItemLabelGenerator().apply(Choice.MINE)).isEqualTo("El tuyo: Haro");
        assertThat(choice.getItemLabelGenerator().apply(Choice.THEIRS)).isEqualTo("El suyo: Logroño");
        assertThat(dialog.applyMine.isEnabled()).isFalse();

        _setValue(choice, Choice.MINE);
        _click(dialog.applyMine);

        Customer stored = stored(bodegas);
        assertThat(stored.getCity()).isEqualTo("Haro");
        assertThat(stored.getSector()).isEqualTo("Vinos");
    }

    @Test
    void discardingMyChangesShowsTheCurrentVersion() {
        CustomerProfileForm form = profile(open(admin, bodegas));
        as(colleague, () -> {
            Customer theirs = customerService.find(bodegas.getId()).orElseThrow();
            theirs.setCity("Logroño");
            return customerService.save(theirs);
        });
        _setValue(form.city, "Haro");
        _click(form.save);

        _click(form.conflictDialog.discardMine);

        assertThat(form.city.getValue()).isEqualTo("Logroño");
        assertThat(stored(bodegas).getCity()).isEqualTo("Logroño");
        // The next save starts from the current version: no conflict.
        _setValue(form.city, "Soria");
        _click(form.save);
        assertThat(stored(bodegas).getCity()).isEqualTo("Soria");
    }

    // --- contacts -----------------------------------------------------------------------------------

    @Test
    void contactsOfACompanyAreAddedAndEditedAndAStaleEditIsRefused() {
        var company = new Customer();
        company.setKind(CustomerKind.COMPANY);
        company.setName("Construcciones Duero SL");
        company.setLifecycleStage(LifecycleStage.ACTIVE);
        Customer duero = as(admin, () -> customerService.save(company));
        assertThat(tabTitles(open(admin, bodegas))).doesNotContain("Contactos");

        CustomerView view = open(admin, duero);
        assertThat(tabTitles(view)).containsSubsequence("Resumen", "Perfil", "Contactos");
        view.tabs.setSelectedIndex(tabTitles(view).indexOf("Contactos"));
        ContactsPanel contacts = view.contacts;

        _click(contacts.add);
        ContactDialog dialog = contacts.dialog;
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Escribe el nombre del contacto");

        _setValue(dialog.name, "Lucía Prieto");
        _setValue(dialog.email, "lucia@duero.es");
        _setValue(dialog.primary, true);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(contacts.grid)).isEqualTo(1);
        ContactPerson lucia = GridKt._get(contacts.grid, 0);
        assertThat(lucia.getEmail()).isEqualTo("lucia@duero.es");
        assertThat(lucia.isPrimary()).isTrue();

        _click(_get(GridKt._getCellComponent(contacts.grid, 0, "actions"), Button.class,
                spec -> spec.withId("contact-edit-" + lucia.getId())));
        _setValue(contacts.dialog.jobTitle, "Jefa de compras");
        _click(contacts.dialog.save);
        assertThat(contactsOf(duero)).extracting(ContactPerson::getJobTitle).containsExactly("Jefa de compras");

        // Someone else edits the contact while this person has it open.
        _click(_get(GridKt._getCellComponent(contacts.grid, 0, "actions"), Button.class,
                spec -> spec.withId("contact-edit-" + lucia.getId())));
        ContactDialog stale = contacts.dialog;
        as(colleague, () -> {
            ContactPerson theirs = contactsOf(duero).getFirst();
            theirs.setPhone("947 000 000");
            return context.getBean(ContactPersonService.class).save(theirs);
        });
        _setValue(stale.jobTitle, "Directora");
        NotificationsKt.clearNotifications();
        _click(stale.save);
        assertThat(notifications()).containsExactly(
                "Otra persona ha cambiado o quitado este contacto mientras tanto. Se muestran los datos actuales.");
        ContactPerson current = contactsOf(duero).getFirst();
        assertThat(current.getJobTitle()).isEqualTo("Jefa de compras");
        assertThat(current.getPhone()).isEqualTo("947 000 000");
    }

    // --- figures, hint and timeline -----------------------------------------------------------------

    @Test
    void theFiguresAndTheReactivationHintComeFromThePurchases() {
        // Every 30 days, three times, long ago: 150 on average, 450 in all.
        LocalDate first = LocalDate.now().minusDays(400);
        insertPurchase(admin, bodegas, first, "100.00");
        insertPurchase(admin, bodegas, first.plusDays(30), "150.00");
        insertPurchase(admin, bodegas, first.plusDays(60), "200.00");
        long idle = ChronoUnit.DAYS.between(first.plusDays(60), LocalDate.now());

        CustomerView view = open(admin, bodegas);
        CustomerFiguresPanel figures = view.summary.figures;

        assertThat(figures.purchaseCount.getText()).isEqualTo("3");
        assertThat(figures.averageDaysBetween.getText()).isEqualTo("30 días");
        assertThat(plain(figures.averageOrderValue.getText())).isEqualTo("150,00 €");
        assertThat(plain(figures.historicalClv.getText())).isEqualTo("450,00 €");
        assertThat(figures.daysSinceLastPurchase.getText()).isEqualTo(idle + " días");
        assertThat(figures.rfm.getText()).isEqualTo("sin calcular");
        assertThat(figures.rfmSegment.getText()).isEqualTo("sin calcular");
        assertThat(figures.tier.getText()).isEqualTo("Bajo valor");
        assertThat(view.summary.nextAction.getText())
                .isEqualTo("Reactivar: " + idle + " días sin comprar (suele comprar cada 30 días)");
    }

    @Test
    void aCustomerWithoutPurchasesShowsEmptyFiguresAndNoHint() {
        CustomerView view = open(admin, bodegas);

        assertThat(view.summary.figures.purchaseCount.getText()).isEqualTo("0");
        assertThat(view.summary.figures.averageOrderValue.getText()).isEqualTo("—");
        assertThat(view.summary.figures.firstPurchase.getText()).isEqualTo("—");
        assertThat(view.summary.nextAction.getText()).isEmpty();
    }

    @Test
    void theTimelineShowsLifecycleChangesNewestFirstWithWhoAndLoadsMore() {
        Customer lead = data.customer(admin, "Ana García", null, LifecycleStage.LEAD);
        as(colleague, () -> {
            Customer prospect = customerService.find(lead.getId()).orElseThrow();
            prospect.setLifecycleStage(LifecycleStage.PROSPECT);
            return customerService.save(prospect);
        });

        TimelinePanel timeline = open(admin, lead).summary.timeline;
        assertThat(timelineTitles(timeline)).containsExactly("De Lead a En evaluación", "Alta como Lead");
        assertThat(texts(timeline.entries, Span.class, "timeline-meta").getFirst()).endsWith(" · Colega");
        assertThat(timeline.more.isVisible()).isFalse();

        // Twenty more changes: a first page of twenty, then the rest.
        for (int i = 0; i < 20; i++) {
            LifecycleStage next = i % 2 == 0 ? LifecycleStage.ACTIVE : LifecycleStage.PROSPECT;
            as(admin, () -> {
                Customer customer = customerService.find(lead.getId()).orElseThrow();
                customer.setLifecycleStage(next);
                return customerService.save(customer);
            });
        }
        timeline = open(admin, lead).summary.timeline;
        assertThat(timelineTitles(timeline)).hasSize(TimelinePanel.PAGE);
        assertThat(timeline.more.isVisible()).isTrue();
        _click(timeline.more);
        assertThat(timelineTitles(timeline)).hasSize(22).endsWith("De Lead a En evaluación", "Alta como Lead");
        assertThat(timeline.more.isVisible()).isFalse();
    }

    @Test
    void timelineMomentsAreShownOnTheWorkspacesClockNotTheServers() {
        // Kiritimati is fourteen hours ahead of UTC: no server runs there, so a right time proves the zone is used.
        var settings = context.getBean(WorkspaceSettingsService.class);
        as(admin, () -> {
            var edited = settings.current();
            edited.setTimeZone("Pacific/Kiritimati");
            return settings.update(edited);
        });
        // The customer's lifecycle stamps come from the system clock (not yet the injected Clock).
        Instant before = Instant.now();
        Customer lead = data.customer(admin, "Ana García", null, LifecycleStage.LEAD);
        Instant after = Instant.now();

        TimelinePanel timeline = open(admin, lead).summary.timeline;

        // Shown to the minute: the creation's minute is the one before or the one after it.
        var kiritimati = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag("es")).withZone(ZoneId.of("Pacific/Kiritimati"));
        assertThat(texts(timeline.entries, Span.class, "timeline-meta").getFirst())
                .matches(meta -> meta.startsWith(kiritimati.format(before) + " · ")
                        || meta.startsWith(kiritimati.format(after) + " · "), "shown on Kiritimati's clock");
    }

    // --- deleting -----------------------------------------------------------------------------------

    @Test
    void deletingAsksFirstGoesBackToTheListAndCanBeUndone() {
        CustomerView view = open(admin, bodegas);

        _click(view.delete);
        ConfirmDialogKt._fireConfirm(view.confirmDelete);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(as(admin, () -> customerService.find(bodegas.getId()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Deshacer")));

        assertThat(as(admin, () -> customerService.find(bodegas.getId()))).isPresent();
        assertThat(_get(CustomerView.class).header.name.getText()).isEqualTo("Bodegas Rioja");
    }

    @Test
    void anUnknownCustomerLeadsBackToTheList() {
        login(admin);
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("customers/999999999");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(notifications()).containsExactly("Ese cliente no existe o está en la papelera.");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private CustomerView open(SignedInUser user, Customer customer) {
        login(user);
        UI.getCurrent().navigate("customers/" + customer.getId());
        return _get(CustomerView.class);
    }

    /** The profile tab, selected so that its fields can be used. */
    private static CustomerProfileForm profile(CustomerView view) {
        view.tabs.setSelectedTab(view.profileTab);
        return view.profile;
    }

    private static boolean allReadOnly(HasValue<?, ?>... fields) {
        return Arrays.stream(fields).allMatch(HasValue::isReadOnly);
    }

    private static boolean noneReadOnly(HasValue<?, ?>... fields) {
        return Arrays.stream(fields).noneMatch(HasValue::isReadOnly);
    }

    private Customer stored(Customer customer) {
        return as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }

    private List<ContactPerson> contactsOf(Customer company) {
        return as(admin, () -> context.getBean(ContactPersonService.class).list(company.getId()));
    }

    /** A purchase as the commerce module would store it; the database's triggers update the customer's figures. */
    private void insertPurchase(SignedInUser user, Customer customer, LocalDate on, String total) {
        EntityManager entityManager = context.getBean(EntityManager.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        as(user, () -> transaction.execute(status -> entityManager.createNativeQuery(
                        "insert into purchase (customer_id, purchased_on, channel, total) values (?, ?, 'STORE', ?)")
                .setParameter(1, customer.getId())
                .setParameter(2, on)
                .setParameter(3, new BigDecimal(total))
                .executeUpdate()));
    }

    private void insertTag(SignedInUser user, String name, String colour) {
        EntityManager entityManager = context.getBean(EntityManager.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        as(user, () -> transaction.execute(status -> entityManager.createNativeQuery(
                        "insert into tag (name, colour) values (?, ?)")
                .setParameter(1, name)
                .setParameter(2, colour)
                .executeUpdate()));
    }

    private static List<String> tabTitles(CustomerView view) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            titles.add(view.tabs.getTabAt(i).getLabel());
        }
        return titles;
    }

    private static List<String> timelineTitles(TimelinePanel timeline) {
        return texts(timeline.entries, Span.class, "timeline-title");
    }

    private static List<String> texts(Component parent) {
        return _find(parent, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static <T extends Component> List<String> texts(Component parent, Class<T> type, String className) {
        return _find(parent, type, spec -> spec.withClasses(className)).stream()
                .map(component -> component.getElement().getText()).toList();
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
