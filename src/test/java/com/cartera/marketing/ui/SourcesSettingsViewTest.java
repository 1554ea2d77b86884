package com.cartera.marketing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerSource;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceInfo;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead source settings: add, rename, reorder, archive and map to the customer record's source. */
@CarteraIntegrationTest
class SourcesSettingsViewTest extends KaribuTest {

    private SignedInUser marketing;

    @BeforeEach
    void aWorkspace() {
        SignedInUser admin = data.newWorkspace("Vista fuentes " + TestData.uniqueSlug("vf"));
        marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing", Set.of(Role.MARKETING));
    }

    private SourcesSettingsView open() {
        login(marketing);
        UI.getCurrent().navigate(SourcesSettingsView.class);
        return _get(SourcesSettingsView.class);
    }

    private Button action(SourcesSettingsView view, int row, String className) {
        return _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class,
                spec -> spec.withClasses(className));
    }

    @Test
    void aSourceIsAddedOnceAndRenamed() {
        SourcesSettingsView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(9);
        assertThat(GridKt._getFormattedRow(view.grid, 2).getFirst()).isEqualTo("Feria");

        _setValue(view.newName, "Podcast");
        _click(view.add);
        assertThat(GridKt._size(view.grid)).isEqualTo(10);
        _setValue(view.newName, "podcast");
        _click(view.add);
        assertThat(view.newName.getErrorMessage()).isEqualTo("Ya hay una fuente llamada «podcast».");

        _click(action(view, 2, "source-rename"));
        RenameSourceDialog rename = _get(RenameSourceDialog.class);
        assertThat(rename.name.getValue()).isEqualTo("Feria");
        _setValue(rename.name, "PODCAST");
        _click(rename.save);
        assertThat(rename.name.getErrorMessage()).isEqualTo("Ya hay una fuente llamada «PODCAST».");
        _setValue(rename.name, "Feria de Zaragoza");
        _click(rename.save);
        assertThat(GridKt._getFormattedRow(view.grid, 2).getFirst()).isEqualTo("Feria de Zaragoza");
    }

    @Test
    void sourcesMoveAreArchivedAndMapToTheCustomerRecord() {
        SourcesSettingsView view = open();
        _click(action(view, 2, "source-up"));
        assertThat(GridKt._getFormattedRow(view.grid, 1).getFirst()).isEqualTo("Feria");

        _click(action(view, 0, "source-archive"));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Archivada");
        assertThat(action(view, 0, "source-archive").getText()).isEqualTo("Recuperar");

        @SuppressWarnings("unchecked")
        ComboBox<CustomerSource> paidSearch = (ComboBox<CustomerSource>) GridKt._getCellComponent(view.grid, 3,
                "customerSource");
        _setValue(paidSearch, CustomerSource.WEBSITE);
        assertThat(paidSearch.getErrorMessage()).isEqualTo("Otra fuente ya usa ese origen de la ficha del cliente.");
        _setValue(paidSearch, CustomerSource.COLD_CALL);
        SourceInfo mapped = as(marketing, () -> context.getBean(MarketingSources.class)
                .forCustomerSource(CustomerSource.COLD_CALL).orElseThrow());
        assertThat(mapped.code()).isEqualTo("PAID_SEARCH");
    }
}
