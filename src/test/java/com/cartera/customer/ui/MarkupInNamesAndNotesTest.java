package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.cartera.KaribuTest;
import com.cartera.RenderedText;
import com.cartera.TestData;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Markup typed into a customer's name or a note reaches the browser as text: the grid, the customer 360 header,
 * profile and timeline set it as text (a text node or a field's value), never as HTML, and make no element of it.
 */
class MarkupInNamesAndNotesTest extends KaribuTest {

    static final String NAME = "<img src=x onerror=alert(1)>";
    static final String CUSTOMER_NOTES = "<script>alert('notas')</script>";
    static final String INTERACTION_NOTES = "<script>alert(2)</script><b onmouseover=alert(3)>negrita</b>";

    private SignedInUser admin;
    private Customer customer;

    @BeforeEach
    void aCustomerWithMarkupInNameAndNotes() {
        admin = data.newWorkspace("Marcado " + TestData.uniqueSlug("m"));
        var draft = new Customer();
        draft.setName(NAME);
        draft.setNotes(CUSTOMER_NOTES);
        draft.setLifecycleStage(LifecycleStage.ACTIVE);
        customer = as(admin, () -> context.getBean(CustomerService.class).save(draft));
        as(admin, () -> context.getBean(InteractionService.class).log(customer.getId(), new InteractionDraft(
                InteractionKind.CALL, InteractionDirection.OUTBOUND, Instant.now(), null, INTERACTION_NOTES)));
    }

    @Test
    void theGridShowsTheNameAsText() {
        login(admin);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);

        // The cell is a Lit template: a value bound as ${item.name} in element content is always text in the browser.
        @SuppressWarnings("unchecked")
        var renderer = (LitRenderer<CustomerRow>) view.grid.getColumnByKey(CustomerGrid.NAME).getRenderer();
        assertThat(renderer.getValueProviders().get("name").apply(GridKt._get(view.grid, 0))).isEqualTo(NAME);
        assertText(view);
    }

    @Test
    void theCustomerPageShowsNameAndNotesAsText() {
        login(admin);
        UI.getCurrent().navigate("customers/" + customer.getId());
        CustomerView view = _get(CustomerView.class);

        assertThat(view.header.name.getText()).isEqualTo(NAME);
        assertThat(view.header.name.getElement().getChildren()).allMatch(child -> child.isTextNode());
        assertThat(UI.getCurrent().getInternals().getTitle()).contains(NAME);
        List<String> details = _find(view.summary.timeline.entries, Paragraph.class,
                spec -> spec.withClasses("timeline-detail")).stream().map(Paragraph::getText).toList();
        assertThat(details).containsExactly(INTERACTION_NOTES);
        view.tabs.setSelectedTab(view.profileTab);
        assertThat(view.profile.name.getValue()).isEqualTo(NAME);
        assertThat(view.profile.notes.getValue()).isEqualTo(CUSTOMER_NOTES);
        assertText(view, view.summary, view.profile);
    }

    /** Nothing under {@code roots} carries HTML, and no image or script element was made of what was typed. */
    static void assertText(Component... roots) {
        assertThat(RenderedText.htmlCarriers(roots)).as("elements given HTML").isEmpty();
        assertThat(RenderedText.elementsNamed("img", roots)).isEmpty();
        assertThat(RenderedText.elementsNamed("script", roots)).isEmpty();
        assertThat(RenderedText.elementsNamed("b", roots)).isEmpty();
    }
}
