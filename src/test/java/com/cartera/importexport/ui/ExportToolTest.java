package com.cartera.importexport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The Excel export sits in the customer grid's toolbar, for every role that sees the grid. */
class ExportToolTest extends KaribuTest {

    @Test
    void theCustomerGridOffersTheExport() {
        SignedInUser admin = data.newWorkspace("Exporta " + TestData.uniqueSlug("x"));
        login(admin);
        UI.getCurrent().navigate("customers");
        ExportButton export = _get(ExportButton.class);
        assertThat(export.button.getText()).isEqualTo("Exportar a Excel");
        assertThat(export.getHref()).isNotBlank();
    }
}
