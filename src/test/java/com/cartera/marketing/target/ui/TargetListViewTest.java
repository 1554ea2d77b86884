package com.cartera.marketing.target.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.ListFixtures;
import com.cartera.marketing.TargetKind;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.marketing.TargetStatus;
import com.cartera.security.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One list's page: members with filters and bulk status, who was left out, response import, export links. */
@CarteraIntegrationTest
class TargetListViewTest extends KaribuTest {

    private ListFixtures fx;
    private TargetListSummary list;
    private long ana;

    @BeforeEach
    void aList() {
        fx = new ListFixtures(context, "Vista lista " + TestData.uniqueSlug("vl"));
        ana = fx.tagged("Ana Abril", "ana@example.org", null, true);
        fx.tagged("Bea Blanco", "bea@example.org", null, true);
        fx.tagged("Carlos Cruz", "carlos@example.org", null, true);
        fx.tagged("Bruno Bravo", "bruno@example.org", null, false);
        long campaign = fx.campaign("Rebajas", CampaignChannel.EMAIL);
        list = TestData.as(fx.marketer, () -> context.getBean(TargetLists.class).build(campaign, TargetKind.TAG,
                fx.tag.getId().toString(), "Rebajas"));
    }

    @Test
    void membersAreFilteredAndMovedInBulkAndTheCountsFollow() {
        login(fx.marketer);
        UI.getCurrent().navigate("marketing/lists/" + list.id());
        TargetListView view = _get(TargetListView.class);

        assertThat(view.title.getText()).isEqualTo("Lista «Rebajas»");
        assertThat(view.facts.getText()).startsWith("De Boletín, fijada el ").endsWith(": 3 miembros, 1 fuera");
        assertThat(GridKt._size(view.members.grid)).isEqualTo(3);
        assertThat(view.members.count.getText()).isEqualTo("3 miembros");

        view.members.search.setValue("abril");
        assertThat(GridKt._size(view.members.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.members.grid, 0).customerId()).isEqualTo(ana);
        view.members.grid.select(GridKt._get(view.members.grid, 0));
        view.members.newStatus.setValue(TargetStatus.CONTACTED);
        _click(view.members.applyToPicked);

        view.members.search.clear();
        view.members.statuses.setValue(Set.of(TargetStatus.TARGETED));
        assertThat(GridKt._size(view.members.grid)).isEqualTo(2);
        view.members.newStatus.setValue(TargetStatus.RESPONDED);
        _click(view.members.applyToMatching);

        assertThat(GridKt._size(view.members.grid)).isZero();
        assertThat(view.statusCounts.getText()).isEqualTo(
                "Objetivo: 0 · Contactados: 1 · Respondieron: 2 · Convertidos: 0 · Bajas: 0");
    }

    @Test
    void theExclusionsTabNamesWhoWasLeftOutAndWhy() {
        login(fx.marketer);
        UI.getCurrent().navigate("marketing/lists/" + list.id());
        TargetListView view = _get(TargetListView.class);

        assertThat(view.exclusions.counts.getText())
                .isEqualTo("Quedaron fuera 1 sin consentimiento de marketing y 0 sin forma de contacto.");
        assertThat(GridKt._size(view.exclusions.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.exclusions.grid, 0).name()).isEqualTo("Bruno Bravo");
    }

    @Test
    void aResponseFileIsImportedAndRowsThatMatchNobodyAreListed() {
        login(fx.marketer);
        UI.getCurrent().navigate("marketing/lists/" + list.id());
        TargetListView view = _get(TargetListView.class);

        view.tabs.setSelectedIndex(2);
        byte[] file = "email,status\nana@example.org,converted\nnadie@example.org,contacted\n"
                .getBytes(StandardCharsets.UTF_8);
        // The upload's own handler passes the file on to the panel as this does.
        view.responses.received("respuestas.csv", file);

        assertThat(view.responses.outcome.getText())
                .isEqualTo("2 filas leídas, 1 miembros cambiados, 1 filas sin aplicar");
        assertThat(view.responses.problems.getElement().getTextRecursively())
                .contains("Fila 3: no es nadie de la lista (nadie@example.org)");
        assertThat(view.statusCounts.getText()).contains("Convertidos: 1");
    }

    @Test
    void managementReadsTheListButChangesNothing() {
        var management = fx.data.addMember(fx.admin, TestData.uniqueEmail("dir"), "Diego Dirección",
                Set.of(Role.MANAGEMENT));
        login(management);
        UI.getCurrent().navigate("marketing/lists/" + list.id());
        TargetListView view = _get(TargetListView.class);

        assertThat(GridKt._size(view.members.grid)).isEqualTo(3);
        assertThat(view.members.applyToPicked.getParent()).isEmpty();
        assertThat(view.responses).isNull();
        assertThat(view.exportCsv.getHref()).isNotBlank();
    }
}
