package com.cartera.sales.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.cartera.KaribuTest;
import com.cartera.RenderedText;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** Markup in a customer's name or an opportunity's title is shown on the pipeline card as text. */
class MarkupOnPipelineCardTest extends KaribuTest {

    private static final String NAME = "<img src=x onerror=alert(1)>";
    private static final String TITLE = "<script>alert(2)</script><b onmouseover=alert(3)>Trato</b>";

    @Test
    void theCardShowsCustomerNameAndTitleAsText() {
        SignedInUser admin = data.newWorkspace("Tablero marcado " + TestData.uniqueSlug("p"));
        Customer customer = data.customer(admin, NAME, null, LifecycleStage.LEAD);
        long pipeline = as(admin, () -> context.getBean(PipelineService.class).mainPipeline().getId());
        as(admin, () -> context.getBean(OpportunityService.class)
                .quickAdd(pipeline, customer.getId(), TITLE, new BigDecimal("100")));

        login(admin);
        UI.getCurrent().navigate("pipeline");
        PipelineBoardView view = _get(PipelineBoardView.class);
        OpportunityCard card = view.column("Nuevo").cards().getFirst();

        assertThat(card.open.getText()).isEqualTo(TITLE);
        List<String> spans = _find(card, Span.class).stream().map(Span::getText).toList();
        assertThat(spans).contains(NAME);
        assertThat(RenderedText.htmlCarriers(view)).as("elements given HTML").isEmpty();
        assertThat(RenderedText.elementsNamed("img", view)).isEmpty();
        assertThat(RenderedText.elementsNamed("script", view)).isEmpty();
        assertThat(RenderedText.elementsNamed("b", view)).isEmpty();
    }
}
