package com.cartera.support.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.ui.Notifications;
import com.cartera.support.AttachmentContent;
import com.cartera.support.AttachmentInfo;
import com.cartera.support.MessageKind;
import com.cartera.support.NewAttachment;
import com.cartera.support.TicketConversation;
import com.cartera.support.TicketMessage;
import com.cartera.support.TicketRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * The ticket's conversation, oldest first, with each message's files to download (inside this signed-in session
 * only: the link is the session's own and the file is read from the workspace in scope), and a composer for a reply
 * to the customer or an internal note with attachments.
 */
class ConversationPanel extends VerticalLayout {

    final Div messages = new Div();
    final TextArea body = new TextArea();
    final Upload upload;
    final Div pendingFiles = new Div();
    final Button reply = new Button();
    final Button note = new Button();
    final VerticalLayout composer = new VerticalLayout();

    private final TicketConversation conversation;
    private final ZoneId zone;
    private final List<NewAttachment> pending = new ArrayList<>();
    private long ticketId;
    private Map<UUID, String> names = Map.of();

    ConversationPanel(TicketConversation conversation, long maxFileBytes, ZoneId zone) {
        this.conversation = conversation;
        this.zone = zone;
        addClassName("ticket-conversation");
        setPadding(false);
        messages.addClassName("ticket-messages");
        messages.setWidthFull();

        body.setLabel(getTranslation("support.ticket.composer"));
        body.setHelperText(getTranslation("support.ticket.composer.help"));
        body.setMaxLength(TicketConversation.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("6em");
        upload = new Upload(new AttachmentUpload(maxFileBytes, this::received,
                (fileName, ignored) -> refused(new TicketRefusedException("attachment",
                        "support.ticket.error.attachment-too-large", fileName, maxFileBytes / (1024 * 1024)))));
        upload.setMaxFiles(TicketConversation.ATTACHMENTS_MAX);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        upload.setDropLabel(new Span(getTranslation("support.ticket.composer.files", maxFileBytes / (1024 * 1024))));
        upload.setWidthFull();
        String addFiles = getTranslation("support.ticket.composer.add-files");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(addFiles).setMany(addFiles))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("support.ticket.composer.file-too-big",
                                maxFileBytes / (1024 * 1024)))
                        .setTooManyFiles(getTranslation("support.ticket.error.attachment-count",
                                TicketConversation.ATTACHMENTS_MAX))));
        pendingFiles.addClassName("ticket-pending-files");
        reply.setText(getTranslation("support.ticket.composer.reply"));
        reply.setIcon(VaadinIcon.PAPERPLANE.create());
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reply.addClickListener(e -> post(MessageKind.REPLY));
        note.setText(getTranslation("support.ticket.composer.note"));
        note.setIcon(VaadinIcon.LOCK.create());
        note.addClickListener(e -> post(MessageKind.NOTE));
        var buttons = new FlexLayout(reply, note);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        composer.setPadding(false);
        composer.add(body, upload, pendingFiles, buttons);
        add(messages, composer);
    }

    /**
     * @param names    people's names by id
     * @param writable whether the signed-in person may write on this ticket now
     */
    void show(long ticketId, Map<UUID, String> names, boolean writable) {
        this.ticketId = ticketId;
        this.names = names;
        composer.setVisible(writable);
        refresh();
    }

    private void refresh() {
        messages.removeAll();
        List<TicketMessage> all = conversation.messages(ticketId);
        if (all.isEmpty()) {
            messages.add(new Paragraph(getTranslation("support.ticket.message.empty")));
        }
        all.forEach(message -> messages.add(card(message)));
    }

    private Div card(TicketMessage message) {
        var card = new Div();
        card.addClassName("ticket-message");
        card.addClassName("ticket-message-" + message.kind().name().toLowerCase());
        card.getStyle().set("border-left", "4px solid " + (message.kind() == MessageKind.NOTE
                        ? "var(--lumo-warning-color, #f0ad4e)" : "var(--lumo-primary-color)"))
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        String who = Optional.ofNullable(message.authorId()).map(id -> names.getOrDefault(id, "—"))
                .orElse(getTranslation("support.ticket.message.nobody"));
        var head = new Span(TicketLabels.label(this, message.kind()) + " · " + getTranslation(
                "support.ticket.message.by", who, TicketLabels.dateTime(message.createdAt(), zone, getLocale())));
        head.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var text = new Paragraph(message.body());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0.25em 0");
        card.add(head, text);
        if (message.kind() == MessageKind.REPLY) {
            var mailed = new Span(message.sentTo() == null ? getTranslation("support.ticket.message.not-mailed")
                    : getTranslation("support.ticket.message.sent-to", message.sentTo()));
            mailed.addClassName(message.sentTo() == null ? "ticket-not-mailed" : "ticket-mailed");
            mailed.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(mailed);
        }
        for (AttachmentInfo file : message.attachments()) {
            card.add(new Div(downloadLink(file)));
        }
        return card;
    }

    Anchor downloadLink(AttachmentInfo file) {
        long ticket = file.ticketId();
        long id = file.id();
        var link = new Anchor();
        link.setHref(event -> download(event, conversation, ticket, id));
        link.add(VaadinIcon.PAPERCLIP.create(), new Span(" " + file.fileName() + " (" + kilobytes(file.sizeBytes())
                + ")"));
        link.addClassName("ticket-attachment");
        return link;
    }

    private static void download(DownloadEvent event, TicketConversation conversation, long ticketId, long fileId)
            throws IOException {
        Optional<AttachmentContent> file = conversation.download(ticketId, fileId);
        if (file.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(file.get().fileName());
        event.setContentType(file.get().contentType());
        try (OutputStream out = event.getOutputStream()) {
            out.write(file.get().content());
        }
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    /** A file the upload received: checked now, so that a refused one is named at once. */
    void received(String fileName, byte[] content) {
        var file = new NewAttachment(fileName, content);
        try {
            conversation.check(file);
        } catch (TicketRefusedException refused) {
            refused(refused);
            return;
        }
        pending.add(file);
        showPending();
        Notifications.success(getTranslation("support.ticket.composer.file-added", fileName));
    }

    private void refused(TicketRefusedException refused) {
        upload.clearFileList();
        Notifications.error(TicketErrors.text(this, refused));
    }

    private void showPending() {
        pendingFiles.removeAll();
        for (NewAttachment file : List.copyOf(pending)) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                pending.remove(file);
                showPending();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var chip = new Span(new Span(file.fileName()), remove);
            chip.getElement().getThemeList().add("badge");
            chip.getStyle().set("margin-right", "var(--lumo-space-s)");
            pendingFiles.add(chip);
        }
    }

    List<NewAttachment> pending() {
        return List.copyOf(pending);
    }

    private void post(MessageKind kind) {
        body.setInvalid(false);
        try {
            TicketMessage posted = kind == MessageKind.REPLY
                    ? conversation.reply(ticketId, body.getValue(), pending())
                    : conversation.note(ticketId, body.getValue(), pending());
            if (kind == MessageKind.NOTE) {
                Notifications.success(getTranslation("support.ticket.composer.noted"));
            } else if (posted.sentTo() == null) {
                Notifications.warning(getTranslation("support.ticket.composer.replied-not-mailed"));
            } else {
                Notifications.success(getTranslation("support.ticket.composer.replied", posted.sentTo()));
            }
            body.clear();
            pending.clear();
            showPending();
            upload.clearFileList();
            refresh();
        } catch (TicketRefusedException refused) {
            TicketErrors.show(this, refused, Map.of("body", body));
        }
    }
}
