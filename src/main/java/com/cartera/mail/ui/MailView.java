package com.cartera.mail.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.mail.MailAdmin;
import com.cartera.mail.MailAdmin.Message;
import com.cartera.mail.MailFailure;
import com.cartera.mail.MailState;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;

/**
 * The admin's view of the workspace's mail: how sending goes (SMTP server or .eml folder, the last error in
 * plain words), the workspace's sender, and its recent messages with their delivery, failed ones to send again.
 */
@Route("settings/mail")
@Menu(title = "menu.mail", order = 92, icon = "vaadin:envelopes-o")
@RolesAllowed(Role.Names.ADMIN)
public class MailView extends VerticalLayout implements HasHeading {

    final Div transportStatus = new Div();
    final TextField from = new TextField();
    final TextField replyTo = new TextField();
    final Button saveSender = new Button();
    final Grid<Message> messages = new Grid<>();
    final Button refresh = new Button();

    private final MailAdmin mail;
    private final ZoneId zone;

    public MailView(MailAdmin mail, WorkspaceCalendar calendar) {
        this.mail = mail;
        this.zone = calendar.zone();
        addClassName("mail-view");

        transportStatus.addClassName("mail-transport");
        showTransport();

        var sender = mail.sender();
        from.setLabel(getTranslation("mail-view.from"));
        from.setPlaceholder(sender.defaultFrom());
        from.setValue(sender.from() == null ? "" : sender.from());
        from.setHelperText(getTranslation("mail-view.from.help"));
        replyTo.setLabel(getTranslation("mail-view.reply-to"));
        replyTo.setPlaceholder(sender.defaultReplyTo() == null ? "" : sender.defaultReplyTo());
        replyTo.setValue(sender.replyTo() == null ? "" : sender.replyTo());
        saveSender.setText(getTranslation("mail-view.save"));
        saveSender.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSender.addClickListener(e -> saveSender());
        var senderForm = new FormLayout(from, replyTo);
        senderForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        messages.addColumn(m -> format(m.createdAt())).setHeader(getTranslation("mail-view.when")).setAutoWidth(true);
        messages.addColumn(Message::recipient).setHeader(getTranslation("mail-view.to")).setFlexGrow(2);
        messages.addColumn(Message::subject).setHeader(getTranslation("mail-view.subject")).setFlexGrow(3);
        messages.addColumn(m -> getTranslation("mail-view.state." + m.state().name().toLowerCase()))
                .setHeader(getTranslation("mail-view.state")).setAutoWidth(true);
        messages.addColumn(Message::attempts).setHeader(getTranslation("mail-view.attempts")).setAutoWidth(true);
        messages.addColumn(this::errorText).setHeader(getTranslation("mail-view.error")).setFlexGrow(3);
        messages.addComponentColumn(this::sendAgainButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        messages.setItems(query -> mail.recent(query.getOffset(), query.getLimit()).stream(), query -> mail.count());
        messages.setWidthFull();
        messages.setMinHeight("20em");

        refresh.setText(getTranslation("mail-view.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.addClickListener(e -> {
            showTransport();
            messages.getDataProvider().refreshAll();
        });

        add(transportStatus, new H3(getTranslation("mail-view.sender")), senderForm, saveSender,
                new H3(getTranslation("mail-view.messages")), refresh, messages);
        setFlexGrow(1, messages);
    }

    private void showTransport() {
        var transport = mail.transport();
        transportStatus.removeAll();
        transportStatus.add(new Paragraph(transport.smtp()
                ? getTranslation("mail-view.transport.smtp", transport.target())
                : getTranslation("mail-view.transport.files", transport.target())));
        if (transport.lastFailure() != null && (transport.lastSuccessAt() == null
                || transport.lastFailureAt().isAfter(transport.lastSuccessAt()))) {
            var problem = new Paragraph(getTranslation("mail-view.transport.failing", format(transport.lastFailureAt()),
                    failureText(transport.lastFailure().kind(), transport.lastFailure().detail())));
            problem.addClassName("mail-transport-problem");
            transportStatus.add(problem);
        }
    }

    private String errorText(Message message) {
        return message.errorKind() == null ? "" : failureText(message.errorKind(), message.error());
    }

    private String failureText(MailFailure.Kind kind, String detail) {
        return getTranslation("mail-view.failure." + kind.name().toLowerCase()) + (detail == null || detail.isBlank()
                ? "" : " (" + detail + ")");
    }

    private Span sendAgainButton(Message message) {
        var holder = new Span();
        if (message.state() == MailState.FAILED) {
            var button = new Button(getTranslation("mail-view.send-again"), e -> {
                if (mail.sendAgain(message.id())) {
                    Notifications.success(getTranslation("mail-view.sent-again", message.recipient()));
                }
                showTransport();
                messages.getDataProvider().refreshAll();
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            holder.add(button);
        }
        return holder;
    }

    private void saveSender() {
        from.setInvalid(false);
        replyTo.setInvalid(false);
        try {
            mail.saveSender(from.getValue(), replyTo.getValue());
            Notifications.success(getTranslation("mail-view.saved"));
        } catch (FieldRejectedException rejected) {
            TextField field = "replyTo".equals(rejected.field()) ? replyTo : from;
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        }
    }

    private String format(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }

    @Override
    public String heading() {
        return getTranslation("mail-view.title");
    }
}
