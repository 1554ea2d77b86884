package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioFixtures;
import com.cartera.customer.Tag;
import com.cartera.customer.TagService;
import com.cartera.customer.TagUsage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@CarteraIntegrationTest
class TagsViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser marketing;
    private TagService tagService;

    @BeforeEach
    void aWorkspaceWithATaggedCustomer() {
        tagService = context.getBean(TagService.class);
        var fixtures = new PortfolioFixtures(context);
        admin = data.newWorkspace("Etiquetas " + TestData.uniqueSlug("t"));
        marketing = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta", Set.of(Role.MARKETING));
        Tag vip = fixtures.tag(admin, "VIP", "#b91c1c");
        fixtures.customer(admin, "Ana", LifecycleStage.ACTIVE, null, null, null, null, vip);
        fixtures.customer(admin, "Bea", LifecycleStage.ACTIVE, null, null, null, null, vip);
    }

    private TagsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("tags");
        return _get(TagsView.class);
    }

    @Test
    void marketingCreatesRenamesAndRecoloursTagsWithUniqueNames() {
        TagsView view = open(marketing);
        assertThat(rows(view)).containsExactly("VIP 2");

        _click(view.create);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Etiqueta"));
        _setValue(name, "vip");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Ya hay una etiqueta con ese nombre");

        _setValue(name, "");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(name.getErrorMessage()).isEqualTo("Escribe el nombre de la etiqueta");

        _setValue(name, "Feria 2026");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> colour = _get(RadioButtonGroup.class, spec -> spec.withLabel("Color"));
        _setValue(colour, "#1d4ed8");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(rows(view)).containsExactly("Feria 2026 0", "VIP 2");

        view.openEditor(tag("Feria 2026"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Etiqueta")), "Feria Madrid");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> recolour = _get(RadioButtonGroup.class, spec -> spec.withLabel("Color"));
        _setValue(recolour, "#fde68a");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(tag("Feria Madrid").getColour()).isEqualTo("#fde68a");
    }

    @Test
    void deletingATagSaysHowManyCustomersCarryItFirst() {
        TagsView view = open(admin);
        TagUsage vip = GridKt._get(view.grid, 0);

        view.confirmDelete(vip);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("La etiqueta «VIP» la llevan 2 clientes, que la perderán. ¿Eliminarla?");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(rows(view)).isEmpty();
    }

    @Test
    void salesReadTagsButMayNotChangeThem() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera", Set.of(Role.SALES));
        assertThat(as(sales, () -> tagService.all())).extracting(Tag::getName).containsExactly("VIP");
        assertThatThrownBy(() -> as(sales, () -> tagService.create("Nueva", "#b91c1c")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(sales, () -> {
            tagService.delete(tag("VIP").getId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    private Tag tag(String name) {
        return as(admin, () -> tagService.all()).stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> rows(TagsView view) {
        return GridKt._findAll(view.grid).stream().map(usage -> usage.tag().getName() + " " + usage.customers()).toList();
    }
}
