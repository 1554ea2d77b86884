package com.cartera.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.TeamService;
import com.cartera.security.TeamService.Member;
import com.cartera.security.TeamService.OpenInvitation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The admin's list of the people in the workspace: invite them (they set their own password when they
 * accept), give roles, let in or keep out.
 */
@Route("team")
@Menu(title = "menu.team", order = 90, icon = "vaadin:user-card")
@RolesAllowed(Role.Names.ADMIN)
public class TeamView extends VerticalLayout implements HasHeading {

    final Grid<Member> grid = new Grid<>();
    final Grid<OpenInvitation> invitations = new Grid<>();
    final Button inviteButton = new Button();

    private final TeamService teamService;
    private final H3 invitationsTitle = new H3();

    public TeamView(TeamService teamService) {
        this.teamService = teamService;
        setSizeFull();

        inviteButton.setText(getTranslation("team.invite"));
        inviteButton.setIcon(VaadinIcon.ENVELOPE_O.create());
        inviteButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteButton.addClickListener(e -> openInviteDialog());
        var header = new HorizontalLayout(inviteButton);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.END);
        header.setAlignItems(Alignment.CENTER);

        grid.addColumn(Member::name).setHeader(getTranslation("team.name")).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("team.email")).setFlexGrow(2);
        grid.addColumn(member -> roleNames(member.roles())).setHeader(getTranslation("team.roles")).setFlexGrow(3);
        grid.addComponentColumn(member -> {
            var state = new Span(getTranslation(member.active() ? "team.active" : "team.inactive"));
            state.getElement().getThemeList().add(member.active() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("team.state")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditDialog(e.getItem()));
        grid.setSizeFull();

        invitations.addColumn(OpenInvitation::email).setHeader(getTranslation("team.email")).setFlexGrow(2);
        invitations.addColumn(invitation -> roleNames(invitation.roles())).setHeader(getTranslation("team.roles"))
                .setFlexGrow(3);
        invitations.addColumn(invitation -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(invitation.expiresAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("team.invitations.expires")).setAutoWidth(true);
        invitations.addComponentColumn(invitation -> new Button(getTranslation("team.invitations.revoke"), e -> {
            teamService.revokeInvitation(invitation.id());
            refresh();
        })).setAutoWidth(true).setFlexGrow(0).setKey("revoke");
        invitations.setAllRowsVisible(true);
        invitationsTitle.setText(getTranslation("team.invitations"));

        add(header, grid, invitationsTitle, invitations);
        refresh();
    }

    private void refresh() {
        grid.setItems(teamService.members());
        var open = teamService.openInvitations();
        invitations.setItems(open);
        invitations.setVisible(!open.isEmpty());
        invitationsTitle.setVisible(!open.isEmpty());
    }

    void openInviteDialog() {
        var dialog = new Dialog(getTranslation("team.invite"));
        dialog.setWidth("min(34rem, 100%)");
        var email = new EmailField(getTranslation("team.email"));
        var roles = roleChooser();
        roles.setValue(EnumSet.of(Role.SALES));
        var form = new FormLayout(email, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<String, HasValidation> fields = Map.of("email", email, "roles", roles);
        var close = new Button(getTranslation("action.cancel"), e -> dialog.close());
        var create = new Button(getTranslation("team.invite.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                String token = teamService.invite(email.getValue(), roles.getValue());
                var link = new TextField(getTranslation("team.invite.link"));
                link.setValue(invitationLink(token));
                link.setReadOnly(true);
                link.setWidthFull();
                link.setHelperText(getTranslation("team.invite.link.help"));
                dialog.removeAll();
                dialog.add(new Paragraph(getTranslation("team.invite.mailed")), link);
                create.setVisible(false);
                close.setText(getTranslation("action.close"));
                refresh();
            } catch (FieldRejectedException rejected) {
                showOn(fields, rejected);
            }
        });
        dialog.add(form);
        dialog.getFooter().add(close, create);
        dialog.open();
    }

    private static String invitationLink(String token) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        return ServletUriComponentsBuilder.fromContextPath(request).path("/invite/{token}").buildAndExpand(token)
                .toUriString();
    }

    private String roleNames(Set<Role> roles) {
        return roles.stream().map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "));
    }

    private CheckboxGroup<Role> roleChooser() {
        var roles = new CheckboxGroup<Role>(getTranslation("team.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        return roles;
    }

    void openEditDialog(Member member) {
        var dialog = new Dialog(member.name());
        dialog.setWidth("min(34rem, 100%)");
        var roles = roleChooser();
        roles.setValue(member.roles());
        var active = new Checkbox(getTranslation("team.can-enter"), member.active());
        Map<String, HasValidation> fields = Map.of("roles", roles);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                Member updated = member;
                if (!roles.getValue().equals(member.roles())) {
                    updated = teamService.changeRoles(member.membershipId(), updated.version(), roles.getValue());
                }
                if (active.getValue() != member.active()) {
                    updated = teamService.setActive(member.membershipId(), updated.version(), active.getValue());
                }
                dialog.close();
                refresh();
            } catch (FieldRejectedException rejected) {
                if ("active".equals(rejected.field())) {
                    Notifications.error(getTranslation(rejected.messageKey()));
                } else {
                    showOn(fields, rejected);
                }
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("team.conflict"));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(roles, active));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showOn(Map<String, HasValidation> fields, FieldRejectedException rejected) {
        HasValidation field = fields.get(rejected.field());
        if (field == null) {
            Notifications.error(getTranslation(rejected.messageKey()));
            return;
        }
        field.setErrorMessage(getTranslation(rejected.messageKey()));
        field.setInvalid(true);
    }

    @Override
    public String heading() {
        return getTranslation("menu.team");
    }
}
