package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.AlertColour;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioFixtures;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.Tag;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamMember;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@CarteraIntegrationTest
class CustomersViewTest extends KaribuTest {

    private CustomerService customerService;
    private PortfolioFixtures fixtures;
    private SignedInUser admin;
    private SignedInUser luciaUser;
    private TeamMember lucia;
    private TeamMember pedro;
    private Tag vip;
    private Tag feria;
    private Customer ana;
    private Customer bodegas;
    private Customer carmen;
    private Customer duero;

    @BeforeEach
    void aWorkspaceWithAPortfolioAndAnotherWorkspace() {
        customerService = context.getBean(CustomerService.class);
        fixtures = new PortfolioFixtures(context);
        admin = data.newWorkspace("Cartera " + TestData.uniqueSlug("c"));
        luciaUser = data.addMember(admin, TestData.uniqueEmail("lucia"), "Lucía Sanz", Set.of(Role.SALES));
        lucia = fixtures.member(admin, luciaUser);
        pedro = fixtures.member(admin, data.addMember(admin, TestData.uniqueEmail("pedro"), "Pedro Vila", Set.of(Role.SALES)));
        vip = fixtures.tag(admin, "VIP", "#b91c1c");
        feria = fixtures.tag(admin, "Feria", "#fde68a");
        ana = fixtures.customer(admin, "Ana García", LifecycleStage.ACTIVE, "Madrid", "Madrid", "Retail", lucia, vip);
        bodegas = fixtures.customer(admin, "Bodegas Rioja", LifecycleStage.PROSPECT, "Logroño", "La Rioja", "Vino", pedro, feria);
        carmen = fixtures.customer(admin, "Carmen Gil", LifecycleStage.LEAD, "Madrid", "Madrid", "Retail", null);
        duero = fixtures.customer(admin, "Duero SA", LifecycleStage.LOST, "Valladolid", "Castilla y León", "Industria", lucia, vip, feria);
        fixtures.purchase(admin, ana, LocalDate.of(2025, 3, 1), "150.00");
        fixtures.purchase(admin, bodegas, LocalDate.of(2024, 6, 1), "5000.00");
        fixtures.purchase(admin, duero, LocalDate.of(2023, 1, 1), "12000.00");
        fixtures.alert(admin, ana, AlertColour.RED, "Sin respuesta a tres llamadas");

        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        data.customer(otherAdmin, "Ana Intrusa", "ana@intrusa.es", LifecycleStage.ACTIVE);
    }

    private CustomersView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);
        _click(view.filtersToggle);
        MockVaadin.clientRoundtrip(false);
        return view;
    }

    @Test
    void theGridShowsThisWorkspacesPortfolioLazilyWithItsChipsFiguresAndCount() {
        CustomersView view = open(admin);

        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja", "Carmen Gil", "Duero SA");
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(view.rowCount.getText()).isEqualTo("4 clientes");

        assertThat(cell(view, 0, CustomerGrid.ALERT, "colour")).isEqualTo("red");
        assertThat(cell(view, 0, CustomerGrid.ALERT, "reason")).isEqualTo("Rojo: Sin respuesta a tres llamadas");
        @SuppressWarnings("unchecked")
        var tags = (List<Map<String, String>>) cell(view, 3, CustomerGrid.TAGS, "tags");
        assertThat(tags).extracting(tag -> tag.get("name")).containsExactly("Feria", "VIP");
        // Dark text on the light tag, light text on the dark one.
        assertThat(tags.get(0).get("text")).isEqualTo("#000000");
        assertThat(tags.get(1).get("text")).isEqualTo("#ffffff");

        assertThat(cell(view, 0, CustomerGrid.NAME, "href")).isEqualTo("customers/" + ana.getId());
        assertThat(cell(view, 0, CustomerGrid.NAME, "name")).isEqualTo("Ana García");
        assertThat(cell(view, 0, CustomerGrid.STAGE, "label")).isNotNull();
        assertThat(GridKt._getFormatted(view.grid, 3, CustomerGrid.CLV).replace('\u00a0', ' ')).isEqualTo("12.000,00 €");
        assertThat(GridKt._getFormatted(view.grid, 3, CustomerGrid.TIER)).isEqualTo("Estratégico");
        assertThat(GridKt._getFormatted(view.grid, 0, CustomerGrid.OWNER)).isEqualTo("Lucía Sanz");
        assertThat(GridKt._getFormatted(view.grid, 0, CustomerGrid.LAST_PURCHASE).replace('\u00a0', ' ')).isEqualTo("1 mar 2025");
    }

    @Test
    void theMenusAndTheSelectionBarAreMadeWhenFirstUsedAndTheRowsHoldNoEntities() {
        login(admin);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);
        assertThat(view.filters).isNull();
        assertThat(view.columns.choices).isNull();
        assertThat(view.views.actionsPopover).isNull();
        assertThat(view.bulkActions.actions).isNull();
        assertThat(view.bulkActions.isVisible()).isFalse();
        assertThat(_find(Popover.class)).isEmpty();

        _click(view.columns);
        assertThat(view.columns.popover.isOpened()).isTrue();
        assertThat(view.columns.choices.getValue()).containsExactlyInAnyOrderElementsOf(
                CustomerGrid.DEFAULT_COLUMNS.stream().filter(key -> !key.equals(CustomerGrid.NAME)).toList());
        _click(view.views.actions);
        assertThat(view.views.actionsPopover.isOpened()).isTrue();
        view.grid.select(row(view, "Ana García"));
        assertThat(view.bulkActions.isVisible()).isTrue();
        assertThat(view.bulkActions.selectionLabel.getText()).isEqualTo("1 seleccionados");

        // What the grid keeps of a row is what it shows: no entity, no lazy collection.
        assertThat(row(view, "Duero SA").tags()).extracting(CustomerRow.TagChip::name).containsExactly("Feria", "VIP");
        assertThat(CustomerRow.class.getRecordComponents()).extracting(component -> component.getType())
                .allMatch(type -> !type.getPackageName().equals("com.cartera.customer") || type.isEnum());
    }

    @Test
    void everyKindOfFilterNarrowsOnTheServerAndShowsAsARemovableChip() {
        CustomersView view = open(admin);
        CustomerFilterPanel filters = view.filters;

        _setValue(view.search, "garcia");
        assertThat(names(view)).containsExactly("Ana García");
        _setValue(view.search, "");

        _setValue(filters.stages, Set.of(LifecycleStage.ACTIVE, LifecycleStage.LEAD));
        assertThat(names(view)).containsExactly("Ana García", "Carmen Gil");
        assertThat(chips(view)).containsExactly("Etapa: Lead, Activo");
        assertThat(view.filtersToggle.getText()).isEqualTo("Filtros (1)");
        _click(_get(filters.chips, Button.class));
        assertThat(filters.stages.getValue()).isEmpty();
        assertThat(names(view)).hasSize(4);

        _setValue(filters.tiers, Set.of(ValueTier.KEY));
        assertThat(names(view)).containsExactly("Bodegas Rioja");
        filters.tiers.clear();

        _setValue(filters.owners, Set.of(choice(filters, "Pedro Vila"), choice(filters, "Sin responsable")));
        assertThat(names(view)).containsExactly("Bodegas Rioja", "Carmen Gil");
        filters.owners.clear();

        _setValue(filters.tags, Set.of(vip));
        assertThat(names(view)).containsExactly("Ana García", "Duero SA");
        filters.tags.clear();

        _setValue(filters.alerts, Set.of(AlertColour.RED));
        assertThat(names(view)).containsExactly("Ana García");
        filters.alerts.clear();

        _setValue(filters.city, "MADRID");
        assertThat(names(view)).containsExactly("Ana García", "Carmen Gil");
        _setValue(filters.sector, "retail");
        _setValue(filters.region, "madrid");
        assertThat(names(view)).containsExactly("Ana García", "Carmen Gil");
        assertThat(chips(view)).containsExactly("Ciudad: MADRID", "Provincia / región: madrid", "Sector: retail");
        _click(filters.clear);
        assertThat(chips(view)).isEmpty();
        assertThat(names(view)).hasSize(4);

        _setValue(filters.lastPurchaseFrom, LocalDate.of(2024, 1, 1));
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja");
        _setValue(filters.lastPurchaseTo, LocalDate.of(2024, 12, 31));
        assertThat(names(view)).containsExactly("Bodegas Rioja");
        // A range the wrong way round is marked on the field and leaves the grid as it was.
        _setValue(filters.lastPurchaseTo, LocalDate.of(2023, 12, 31));
        assertThat(filters.lastPurchaseTo.isInvalid()).isTrue();
        assertThat(filters.lastPurchaseTo.getErrorMessage()).isEqualTo("La fecha final no puede ser anterior a la inicial");
        assertThat(names(view)).containsExactly("Bodegas Rioja");
        filters.lastPurchaseFrom.clear();
        filters.lastPurchaseTo.clear();

        _setValue(filters.clvMin, new BigDecimal("150"));
        _setValue(filters.clvMax, new BigDecimal("5000"));
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja");
        MockVaadin.clientRoundtrip(false);
        assertThat(view.rowCount.getText()).isEqualTo("2 clientes");
    }

    @Test
    void everyColumnButTheTagsSortsOnTheServerAndColumnsCanBeHidden() {
        CustomersView view = open(admin);

        GridKt._sortByKey(view.grid, CustomerGrid.CLV, SortDirection.DESCENDING);
        assertThat(names(view)).containsExactly("Duero SA", "Bodegas Rioja", "Ana García", "Carmen Gil");
        GridKt._sortByKey(view.grid, CustomerGrid.LAST_PURCHASE, SortDirection.DESCENDING);
        // Never bought: last, whichever the direction.
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja", "Duero SA", "Carmen Gil");
        GridKt._sortByKey(view.grid, CustomerGrid.OWNER, SortDirection.ASCENDING);
        assertThat(names(view).getLast()).isEqualTo("Carmen Gil");
        assertThat(view.grid.getColumnByKey(CustomerGrid.TAGS).isSortable()).isFalse();

        // A hidden column is made when first shown, in its place.
        assertThat(view.grid.getColumnByKey(CustomerGrid.SECTOR)).isNull();
        toggleColumn(view, CustomerGrid.SECTOR);
        assertThat(view.grid.getColumnByKey(CustomerGrid.SECTOR).isVisible()).isTrue();
        assertThat(view.grid.visibleColumns()).containsSubsequence(CustomerGrid.CITY, CustomerGrid.SECTOR,
                CustomerGrid.LAST_PURCHASE);
        assertThat(GridKt._getFormatted(view.grid, names(view).indexOf("Bodegas Rioja"), CustomerGrid.SECTOR))
                .isEqualTo("Vino");
        toggleColumn(view, CustomerGrid.EMAIL);
        assertThat(view.grid.getColumnByKey(CustomerGrid.EMAIL).isVisible()).isFalse();
        assertThat(view.columns.choices.getValue()).contains(CustomerGrid.SECTOR).doesNotContain(CustomerGrid.EMAIL);

        view.grid.showColumns(CustomerGrid.HIDEABLE_COLUMNS);
        assertThat(view.grid.getColumns().stream().map(column -> column.getKey()).toList())
                .containsExactlyElementsOf(CustomerGrid.COLUMNS);
        assertThat(view.grid.getColumns().stream().filter(column -> !column.getKey().equals(CustomerGrid.TAGS))
                .allMatch(column -> column.isSortable())).isTrue();
    }

    @Test
    void aSavedViewBringsBackFiltersSortAndColumnsAndIsSharedReadOnly() {
        CustomersView view = open(admin);
        _setValue(view.filters.tags, Set.of(vip));
        GridKt._sortByKey(view.grid, CustomerGrid.CLV, SortDirection.DESCENDING);
        toggleColumn(view, CustomerGrid.SECTOR);

        viewActions(view);
        _click(view.views.saveAs);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nombre de la vista")), "VIP por valor");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(view.views.views.getValue().getName()).isEqualTo("VIP por valor");

        // A second view with the same name (in other case) is refused on the field.
        viewActions(view);
        _click(view.views.saveAs);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Nombre de la vista"));
        _setValue(name, "vip POR valor");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(name.getErrorMessage()).isEqualTo("Ya tienes una vista con ese nombre");
        _click(_get(Button.class, spec -> spec.withText("Cancelar")));

        // Everything back to the defaults, then the view restores it all.
        view = open(admin);
        assertThat(names(view)).hasSize(4);
        SavedView saved = view.views.views.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(view.views.views, saved);
        assertThat(names(view)).containsExactly("Duero SA", "Ana García");
        assertThat(view.filters.tags.getValue()).containsExactly(vip);
        assertThat(view.grid.getColumnByKey(CustomerGrid.SECTOR).isVisible()).isTrue();
        // The column checks, made only now, show the view's columns.
        assertThat(view.columns.choices).isNull();
        _click(view.columns);
        assertThat(view.columns.choices.getValue()).contains(CustomerGrid.SECTOR);

        viewActions(view);
        _setValue(view.views.share, true);
        assertThat(view.views.views.getValue().isShared()).isTrue();

        // A colleague sees the shared view, applies it, but may not change or delete it.
        CustomersView theirs = open(luciaUser);
        var labels = theirs.views.views.getItemLabelGenerator();
        assertThat(theirs.views.views.getListDataView().getItems().map(item -> labels.apply(item)))
                .containsExactly("VIP por valor · de " + admin.displayName());
        _setValue(theirs.views.views, theirs.views.views.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(names(theirs)).containsExactly("Duero SA", "Ana García");
        viewActions(theirs);
        assertThat(theirs.views.update.isEnabled()).isFalse();
        assertThat(theirs.views.delete.isEnabled()).isFalse();
        SavedViewService service = context.getBean(SavedViewService.class);
        SavedView shared = theirs.views.views.getValue();
        assertThatThrownBy(() -> service.delete(shared.getId(), shared.getVersion())).isInstanceOf(AccessDeniedException.class);

        // The owner deletes it, after confirming.
        view = open(admin);
        _setValue(view.views.views, view.views.views.getListDataView().getItems().findFirst().orElseThrow());
        viewActions(view);
        _click(view.views.delete);
        confirm();
        assertThat(view.views.views.getListDataView().getItems()).isEmpty();
    }

    @Test
    void bulkActionsApplyToThePickedRowsOrToEveryCustomerMatchingTheFilter() {
        CustomersView view = open(admin);
        view.grid.select(row(view, "Carmen Gil"));
        view.grid.select(row(view, "Bodegas Rioja"));
        assertThat(view.bulkActions.isVisible()).isTrue();
        assertThat(view.bulkActions.selectionLabel.getText()).isEqualTo("2 seleccionados");

        ContextMenuKt._click(view.bulkActions.actions, view.bulkActions.addTag);
        choose("Etiqueta que añadir", "VIP");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Aplicar")));
        assertThat(notifications()).containsExactly("Cambiados: 2 · Ya estaban así: 0 · Sin permiso para cambiarlos: 0");
        assertThat(view.grid.getSelectedItems()).isEmpty();
        _setValue(view.filters.tags, Set.of(vip));
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja", "Carmen Gil", "Duero SA");

        // Every customer matching the filter, without picking them one by one.
        _setValue(view.filters.stages, Set.of(LifecycleStage.ACTIVE, LifecycleStage.PROSPECT, LifecycleStage.LEAD));
        MockVaadin.clientRoundtrip(false);
        view.grid.select(row(view, "Ana García"));
        assertThat(view.bulkActions.selectAllMatching.getText()).isEqualTo("Seleccionar los 3 que cumplen los filtros");
        _click(view.bulkActions.selectAllMatching);
        assertThat(view.bulkActions.selectionLabel.getText())
                .isEqualTo("Los 3 clientes que cumplen los filtros están seleccionados");
        ContextMenuKt._click(view.bulkActions.actions, view.bulkActions.changeStage);
        choose("Nueva etapa", "Inactivo");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Aplicar")));
        assertThat(notifications()).containsExactly("Cambiados: 3 · Ya estaban así: 0 · Sin permiso para cambiarlos: 0");
        assertThat(as(admin, () -> customerService.count(CustomerFilter.NONE.withStages(Set.of(LifecycleStage.INACTIVE)))))
                .isEqualTo(3);
    }

    @Test
    void aSalespersonsBulkChangeSkipsColleaguesCustomersAndSaysSo() {
        CustomersView view = open(luciaUser);
        assertThat(view.handover.isVisible()).isFalse();
        view.grid.select(row(view, "Ana García"));
        view.grid.select(row(view, "Bodegas Rioja"));
        view.grid.select(row(view, "Carmen Gil"));
        assertThat(view.bulkActions.assignOwner.isVisible()).isFalse();

        ContextMenuKt._click(view.bulkActions.actions, view.bulkActions.changeStage);
        choose("Nueva etapa", "En evaluación");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Aplicar")));

        assertThat(notifications()).containsExactly("Cambiados: 1 · Ya estaban así: 0 · Sin permiso para cambiarlos: 2");
        assertThat(as(admin, () -> customerService.find(ana.getId()).orElseThrow().getLifecycleStage()))
                .isEqualTo(LifecycleStage.PROSPECT);
        assertThat(as(admin, () -> customerService.find(bodegas.getId()).orElseThrow().getLifecycleStage()))
                .isEqualTo(LifecycleStage.PROSPECT);
        assertThat(as(admin, () -> customerService.find(carmen.getId()).orElseThrow().getLifecycleStage()))
                .isEqualTo(LifecycleStage.LEAD);
    }

    @Test
    void aManagerHandsOverAPortfolioAfterSeeingHowManyCustomersMove() {
        CustomersView view = open(admin);
        _click(view.handover);
        HandoverDialog dialog = _get(HandoverDialog.class);
        assertThat(dialog.confirm.isEnabled()).isFalse();

        _setValue(dialog.from, lucia);
        assertThat(dialog.summary.getText()).isEqualTo("Se traspasarán 2 clientes de Lucía Sanz.");
        _setValue(dialog.to, lucia);
        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.confirm.isEnabled()).isFalse();
        _setValue(dialog.to, pedro);
        assertThat(dialog.confirm.isEnabled()).isTrue();
        NotificationsKt.clearNotifications();
        _click(dialog.confirm);

        assertThat(notifications()).containsExactly("2 clientes traspasados de Lucía Sanz a Pedro Vila");
        _setValue(view.filters.owners, Set.of(choice(view.filters, "Pedro Vila")));
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja", "Duero SA");
        assertThat(fixtures.count(admin, "select count(*) from audit_event where action = 'HANDOVER'")).isOne();
    }

    @Test
    void theBinShowsDeletedCustomersAndRestoresThem() {
        as(admin, () -> {
            customerService.delete(carmen.getId(), customerService.find(carmen.getId()).orElseThrow().getVersion());
            return null;
        });
        CustomersView view = open(admin);
        assertThat(names(view)).doesNotContain("Carmen Gil");

        _setValue(view.bin, true);
        assertThat(names(view)).containsExactly("Carmen Gil");
        assertThat(view.create.isVisible()).isFalse();
        NotificationsKt.clearNotifications();
        _click((Button) GridKt._getCellComponent(view.grid, 0, "restore"));
        assertThat(notifications()).containsExactly("Restaurado: Carmen Gil");
        assertThat(names(view)).isEmpty();

        _setValue(view.bin, false);
        assertThat(names(view)).contains("Carmen Gil");
    }

    @Test
    void supportReadsThePortfolioButMayNotCreateAndNewCustomerLeadsToItsPage() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte", Set.of(Role.SUPPORT));
        CustomersView view = open(support);
        assertThat(names(view)).hasSize(4);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.handover.isVisible()).isFalse();

        view = open(luciaUser);
        assertThat(view.create.isVisible()).isTrue();
        assertThat(navigatedTo(view.create)).isInstanceOf(CustomerPageStandIn.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("customers/new");
    }

    /** Stands in for the customer page, which another module's view provides. */
    @PermitAll
    public static class CustomerPageStandIn extends Div {
    }

    /** Clicks and tells which view the UI shows afterwards, with the customer page stood in for. */
    private static Component navigatedTo(Button button) {
        RouteConfiguration.forSessionScope().setRoute("customers/new", CustomerPageStandIn.class);
        _click(button);
        return UI.getCurrent().getCurrentView();
    }

    /** Ticks or unticks a column in the column chooser, opening it first. */
    private static void toggleColumn(CustomersView view, String key) {
        if (view.columns.popover == null) {
            _click(view.columns);
        }
        Set<String> shown = new LinkedHashSet<>(view.columns.choices.getValue());
        if (!shown.remove(key)) {
            shown.add(key);
        }
        _setValue(view.columns.choices, shown);
    }

    /** Opens the saved views' actions: made on the first click, opened by the browser on later ones. */
    private static void viewActions(CustomersView view) {
        if (view.views.actionsPopover == null) {
            _click(view.views.actions);
        } else {
            view.views.actionsPopover.open();
        }
        assertThat(view.views.actionsPopover.isOpened()).isTrue();
    }

    private static CustomerFilterPanel.OwnerChoice choice(CustomerFilterPanel filters, String name) {
        return filters.owners.getListDataView().getItems().filter(choice -> choice.name().equals(name))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String label, String item) {
        ComboBox<Object> box = _get(ComboBox.class, spec -> spec.withLabel(label));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(box, item);
    }

    private static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }

    private static List<String> chips(CustomersView view) {
        return view.filters.chips.getChildren()
                .map(chip -> ((Span) chip.getChildren().findFirst().orElseThrow()).getText()).toList();
    }

    private static List<String> names(CustomersView view) {
        return GridKt._findAll(view.grid).stream().map(CustomerRow::name).toList();
    }

    private static CustomerRow row(CustomersView view, String name) {
        return GridKt._findAll(view.grid).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    /** A property the cell template of {@code column} shows for the item on {@code row}. */
    private static Object cell(CustomersView view, int row, String column, String property) {
        var renderer = (LitRenderer<CustomerRow>) view.grid.getColumnByKey(column).getRenderer();
        return renderer.getValueProviders().get(property).apply(GridKt._get(view.grid, row));
    }
}
