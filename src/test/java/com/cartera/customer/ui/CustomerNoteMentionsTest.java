package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.base.mention.MentionCandidate;
import com.cartera.base.mention.MentionField;
import com.cartera.base.mention.MentionText;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.notification.Notification;
import com.cartera.notification.NotificationKind;
import com.cartera.notification.NotificationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Typing {@code @} in a customer's notes offers the members of the workspace (and no one else); a picked member is
 * stored by id, told once the notes are saved, and shown by their current name, as text.
 */
@CarteraIntegrationTest
class CustomerNoteMentionsTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser stranger;
    private Customer customer;

    @BeforeEach
    void twoWorkspacesWithLookalikeNames() {
        admin = data.newWorkspace("Menciones " + TestData.uniqueSlug("m"));
        seller = data.addMember(admin, TestData.uniqueEmail("s"), "Sara Ventas", Set.of(Role.SALES));
        SignedInUser otherAdmin = data.newWorkspace("Ajena " + TestData.uniqueSlug("m"));
        stranger = data.addMember(otherAdmin, TestData.uniqueEmail("x"), "Sara Extraña", Set.of(Role.SALES));
        var draft = new Customer();
        draft.setName("Bodegas Rioja");
        draft.setLifecycleStage(LifecycleStage.ACTIVE);
        customer = as(admin, () -> context.getBean(CustomerService.class).save(draft));
    }

    private CustomerProfileForm profileOf(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers/" + customer.getId());
        CustomerView view = _get(CustomerView.class);
        view.tabs.setSelectedTab(view.profileTab);
        return view.profile;
    }

    @Test
    void typingAtOffersOnlyThisWorkspacesMembersAndAPickIsStoredAsTheirIdAndNotifiesThem() {
        CustomerProfileForm form = profileOf(admin);
        MentionField notes = form.notes;

        List<MentionCandidate> offered = notes.suggest("Hablar con @sar", "Hablar con @sar".length());
        assertThat(offered).extracting(MentionCandidate::id).containsExactly(seller.userId());
        assertThat(notes.suggest("@", 1)).extracting(MentionCandidate::id)
                .contains(admin.userId(), seller.userId()).doesNotContain(stranger.userId());
        assertThat(notes.suggest("correo@sar", 10)).isEmpty();

        notes.suggest("Hablar con @sar mañana", "Hablar con @sar".length());
        notes.pick(offered.getFirst());

        assertThat(notes.textArea().getValue()).isEqualTo("Hablar con @[Sara Ventas]  mañana");
        assertThat(notes.getValue()).isEqualTo("Hablar con @[" + seller.userId() + "]  mañana");
        _click(form.save);

        Customer saved = as(admin, () -> context.getBean(CustomerService.class).find(customer.getId()).orElseThrow());
        assertThat(saved.getNotes()).isEqualTo("Hablar con @[" + seller.userId() + "]  mañana");
        List<Notification> received = as(seller, () -> context.getBean(NotificationService.class).latest(10));
        assertThat(received).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(notice.linkPath()).isEqualTo("customers/" + customer.getId());
        });
    }

    @Test
    void aRenamedMemberStaysMentionedUnderTheirNewName() {
        Customer draft = as(admin, () -> context.getBean(CustomerService.class).find(customer.getId()).orElseThrow());
        draft.setNotes("Ver con @[" + seller.userId() + "]");
        as(admin, () -> context.getBean(CustomerService.class).save(draft));
        context.getBean(JdbcTemplate.class).update("update " + admin.workspace().tenant().schema()
                + ".team_member set display_name = 'Sara Nueva' where user_id = ?", seller.userId());

        MentionField notes = profileOf(admin).notes;

        assertThat(notes.textArea().getValue()).isEqualTo("Ver con @[Sara Nueva]");
        assertThat(notes.getValue()).isEqualTo("Ver con @[" + seller.userId() + "]");
    }

    @Test
    void aForgedMentionOfAnotherWorkspacesMemberNotifiesNobody() {
        Customer draft = as(admin, () -> context.getBean(CustomerService.class).find(customer.getId()).orElseThrow());
        draft.setNotes("Intruso: @[" + stranger.userId() + "]");
        as(admin, () -> context.getBean(CustomerService.class).save(draft));

        SignedInUser strangerHome = stranger;
        assertThat(as(strangerHome, () -> context.getBean(NotificationService.class).latest(10))).isEmpty();
        assertThat(profileOf(admin).notes.textArea().getValue()).isEqualTo("Intruso: @[(persona desconocida)]");
    }

    @Test
    void aMentionInAnInteractionShowsOnTheTimelineByNameAndTellsThePerson() {
        as(admin, () -> context.getBean(InteractionService.class).log(customer.getId(), new InteractionDraft(
                InteractionKind.CALL, InteractionDirection.OUTBOUND, Instant.now().minusSeconds(60), null,
                "Hablado con @[" + seller.userId() + "]")));

        login(admin);
        UI.getCurrent().navigate("customers/" + customer.getId());
        CustomerView view = _get(CustomerView.class);
        Paragraph detail = _get(view.summary.timeline.entries, Paragraph.class, spec -> spec.withClasses("timeline-detail"));

        assertThat(detail.getElement().getChild(0).getText()).isEqualTo("Hablado con ");
        assertThat(_get(detail, Span.class, spec -> spec.withClasses("mention")).getText()).isEqualTo("@Sara Ventas");
        assertThat(as(seller, () -> context.getBean(NotificationService.class).latest(10))).singleElement()
                .satisfies(notice -> assertThat(notice.textKey()).isEqualTo("notification.mention.interaction"));
    }

    @Test
    void notesAndNamesWithMarkupRenderAsText() {
        login(admin);
        var members = List.of(new MentionCandidate(seller.userId(), "<img src=x onerror=alert(1)>", true));
        var text = new Paragraph();
        MentionText.render(text, "<script>alert(1)</script> con @[" + seller.userId() + "]", members);
        UI.getCurrent().add(text);

        assertThat(text.getElement().getChildren().filter(child -> !child.isTextNode())
                .allMatch(child -> "span".equals(child.getTag()))).isTrue();
        assertThat(text.getElement().getChild(0).getText()).isEqualTo("<script>alert(1)</script> con ");
        Span mention = (Span) text.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
        assertThat(mention.getText()).isEqualTo("@<img src=x onerror=alert(1)>");
        assertThat(mention.getElement().getChildren()).allMatch(child -> child.isTextNode());
        assertThat(mention.hasClassName("mention")).isTrue();
        assertThat(text.getElement().getOuterHTML()).doesNotContain("<script>").doesNotContain("<img");
    }
}
