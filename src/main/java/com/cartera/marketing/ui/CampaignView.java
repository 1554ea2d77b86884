package com.cartera.marketing.ui;

import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.Campaign;
import com.cartera.marketing.CampaignDraft;
import com.cartera.marketing.CampaignService;
import com.cartera.marketing.CampaignStatus;
import com.cartera.marketing.CampaignTargets;
import com.cartera.marketing.MarketingRefusedException;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SourceChangeNeedsConsent;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One campaign: its status, its fields, the way to its target lists, and the spend booked on it. Saving a new
 * source while spend is booked on the campaign asks first whether that spend moves along; a save that crosses
 * someone else's says so and lets the person choose.
 */
@Route("marketing/campaigns/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    final Select<CampaignStatus> status = new Select<>();
    final Button targetLists = new Button();
    final CampaignForm form;
    final Button save = new Button();
    final CampaignSpendPanel spendPanel;
    SourceChangeDialog sourceChange;
    CampaignConflictDialog conflict;

    private final CampaignService campaigns;
    private final MarketingSources sources;
    private final TeamDirectory team;
    private final MarketingFormat format;
    private final java.time.ZoneId zone;
    private final boolean writes;
    private Campaign campaign;

    public CampaignView(CampaignService campaigns, MarketingSources sources, CampaignTargets targets,
                        TeamDirectory team, WorkspaceSettingsService settings, CurrentUser currentUser,
                        SpendTools spendTools, WorkspaceCalendar calendar) {
        this.campaigns = campaigns;
        this.sources = sources;
        this.team = team;
        this.format = new MarketingFormat(this, settings.current().getCurrency());
        this.zone = calendar.zone();
        this.writes = new SignedInRoles(currentUser).writes();
        addClassName("campaign-view");
        setMaxWidth("72rem");
        form = new CampaignForm(sources, targets, team, format);
        form.setEnabled(writes);
        status.setLabel(getTranslation("marketing.campaign.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(value -> format.label("marketing.campaign.status", value));
        status.setReadOnly(!writes);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changeStatus(e.getValue());
            }
        });
        targetLists.setText(getTranslation("marketing.campaign.target-lists"));
        targetLists.setIcon(VaadinIcon.USERS.create());
        targetLists.addClickListener(e -> UI.getCurrent().navigate("marketing/campaigns/" + campaign.getId() + "/lists"));
        var top = new FlexLayout(status, targetLists);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.getStyle().set("gap", "var(--lumo-space-m)");
        save.setText(getTranslation("marketing.campaign.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        save.setVisible(writes);
        spendPanel = new CampaignSpendPanel(spendTools, format, writes);
        add(top, form, save, new H3(getTranslation("marketing.campaign.spend")), spendPanel);
    }

    static RouteParameters route(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Campaign> found = event.getRouteParameters().get("id").flatMap(CampaignView::parse)
                .flatMap(campaigns::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("marketing.campaign.not-found"));
            event.forwardTo(CampaignsView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String heading() {
        return campaign == null ? getTranslation("marketing.campaigns.title") : campaign.getName();
    }

    private void show(Campaign shown) {
        campaign = shown;
        status.setValue(shown.getStatus());
        form.show(shown.draft());
        spendPanel.show(shown.info());
    }

    private void reload() {
        campaigns.find(campaign.getId()).ifPresent(this::show);
    }

    void save(boolean moveSpend) {
        CampaignDraft draft = form.read();
        try {
            show(campaigns.update(campaign.getId(), campaign.getVersion(), draft, moveSpend));
            Notifications.success(getTranslation("marketing.campaign.saved"));
        } catch (MarketingRefusedException refused) {
            form.showRefusal(refused);
        } catch (SourceChangeNeedsConsent needed) {
            sourceChange = new SourceChangeDialog(getTranslation("marketing.campaign.source-change.text",
                    needed.entries(), format.money(needed.amount()), sourceName(needed.from()),
                    sourceName(needed.to())), getTranslation("marketing.campaign.source-change.confirm",
                    sourceName(needed.to())), () -> save(true));
            sourceChange.open();
        } catch (ObjectOptimisticLockingFailureException stale) {
            showConflict(() -> {
                campaign = campaigns.find(campaign.getId()).orElseThrow();
                form.show(draft);
                save(moveSpend);
            });
        }
    }

    private void changeStatus(CampaignStatus to) {
        try {
            show(campaigns.changeStatus(campaign.getId(), campaign.getVersion(), to));
            Notifications.success(getTranslation("marketing.campaign.status-changed",
                    format.label("marketing.campaign.status", to)));
        } catch (ObjectOptimisticLockingFailureException stale) {
            showConflict(() -> {
                campaign = campaigns.find(campaign.getId()).orElseThrow();
                changeStatus(to);
            });
        }
    }

    /** Someone saved meanwhile: show who and when, then reload theirs or put these changes on top. */
    private void showConflict(Runnable keepMine) {
        Campaign stored = campaigns.find(campaign.getId()).orElse(null);
        if (stored == null) {
            Notifications.error(getTranslation("marketing.campaign.not-found"));
            UI.getCurrent().navigate(CampaignsView.class);
            return;
        }
        String who = Optional.ofNullable(stored.getUpdatedBy()).flatMap(team::find).map(TeamMember::getDisplayName)
                .orElse(getTranslation("marketing.campaign.conflict.someone"));
        conflict = new CampaignConflictDialog(getTranslation("marketing.campaign.conflict.text", who,
                format.dateTime(stored.getUpdatedAt(), zone)), this::reload, keepMine);
        conflict.open();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    private String sourceName(long id) {
        return sources.find(id).map(format::source).orElse("");
    }
}
