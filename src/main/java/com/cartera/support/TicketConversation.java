package com.cartera.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.mail.MailRequest;
import com.cartera.mail.WorkspaceMail;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's conversation: replies to the customer (mailed to the ticket's contact person, else to the customer, when
 * there is an address; kept either way), internal notes (never mailed), and their attachments, stored in the
 * workspace's own schema. Support and admin write; whoever reads tickets reads the conversation and downloads its
 * files. Attachments are refused when too large ({@link SupportProperties#attachmentMaxSize()}) or of a type other
 * than those {@link AttachmentTypes} recognises from their bytes.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TicketConversation {

    /** Longest message accepted. */
    public static final int BODY_MAX = 20_000;
    /** Most files on one message. */
    public static final int ATTACHMENTS_MAX = 10;
    /** The language customers are written to: the workspace's own, Spanish. */
    private static final Locale CUSTOMER_LOCALE = Locale.forLanguageTag("es");
    private static final int FILE_NAME_MAX = 255;

    private final TicketRepository tickets;
    private final TenantSql sql;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final WorkspaceMail mail;
    private final SupportProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketConversation(TicketRepository tickets, TenantSql sql, CustomerService customers,
                       ContactPersonService contacts, WorkspaceMail mail, SupportProperties properties,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.sql = sql;
        this.customers = customers;
        this.contacts = contacts;
        this.mail = mail;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket's messages, oldest first, each with its attachments. */
    public List<TicketMessage> messages(long ticketId) {
        Map<Long, List<AttachmentInfo>> files = attachments(ticketId).stream()
                .filter(file -> file.messageId() != null)
                .collect(Collectors.groupingBy(AttachmentInfo::messageId));
        return sql.client().sql("select id, ticket_id, kind, body, author_id, sent_to, created_at from ticket_message"
                        + " where ticket_id = :ticket order by created_at, id")
                .param("ticket", ticketId)
                .query((rs, row) -> new TicketMessage(rs.getLong("id"), rs.getLong("ticket_id"),
                        MessageKind.valueOf(rs.getString("kind")), rs.getString("body"),
                        rs.getObject("author_id", UUID.class), rs.getString("sent_to"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The ticket's files without their content, oldest first. */
    public List<AttachmentInfo> attachments(long ticketId) {
        return sql.client().sql("select id, ticket_id, message_id, file_name, content_type, size_bytes, uploaded_at"
                        + " from ticket_attachment where ticket_id = :ticket order by uploaded_at, id")
                .param("ticket", ticketId)
                .query((rs, row) -> new AttachmentInfo(rs.getLong("id"), rs.getLong("ticket_id"),
                        rs.getObject("message_id", Long.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A file of the ticket, with its content; empty when the ticket has no such file in this workspace. */
    public Optional<AttachmentContent> download(long ticketId, long attachmentId) {
        return sql.client().sql("select file_name, content_type, content from ticket_attachment"
                        + " where id = :id and ticket_id = :ticket")
                .param("id", attachmentId).param("ticket", ticketId)
                .query((rs, row) -> new AttachmentContent(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    /**
     * Checks a file before it is put on a message, as the upload receives it.
     *
     * @return the content type found from its bytes
     * @throws TicketRefusedException when it is empty, too large or of a type not allowed
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public String check(NewAttachment file) {
        long max = properties.attachmentMaxSize().toBytes();
        if (file.content().length > max) {
            throw new TicketRefusedException("attachment", "support.ticket.error.attachment-too-large",
                    file.fileName(), max / (1024 * 1024));
        }
        return AttachmentTypes.sniff(file.fileName(), file.content())
                .orElseThrow(() -> new TicketRefusedException("attachment",
                        "support.ticket.error.attachment-type", file.fileName()));
    }

    /**
     * Writes to the customer: the reply is kept on the ticket and mailed to the contact person's address, else the
     * customer's. The first reply on a ticket is its first response.
     *
     * @return the message; its {@code sentTo} is null when there was no address to mail it to
     * @throws TicketRefusedException when the text is empty or too long, the ticket is closed, or a file is refused
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public TicketMessage reply(long ticketId, String body, List<NewAttachment> files) {
        Ticket ticket = writable(ticketId);
        String text = checkedBody(body);
        List<Checked> checked = checked(files);
        String address = addressOf(ticket);
        Instant now = clock.instant();
        TicketMessage message = store(ticket, MessageKind.REPLY, text, address, checked, now);
        if (address != null) {
            mail.enqueue(new MailRequest(address, CUSTOMER_LOCALE, "support-reply",
                    List.of(String.valueOf(ticket.getId()), ticket.getSubject(), text), List.of(), "/"));
        }
        int first = sql.client().sql("update ticket set first_response_at = :at where id = :id"
                        + " and first_response_at is null")
                .param("at", now.atOffset(ZoneOffset.UTC)).param("id", ticketId).update();
        if (first == 1) {
            events.publishEvent(new TicketFirstResponse(TenantScope.require().id(), ticketId, now,
                    message.authorId()));
        }
        return message;
    }

    /**
     * An internal note on the ticket, never mailed.
     *
     * @throws TicketRefusedException when the text is empty or too long, the ticket is closed, or a file is refused
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public TicketMessage note(long ticketId, String body, List<NewAttachment> files) {
        Ticket ticket = writable(ticketId);
        return store(ticket, MessageKind.NOTE, checkedBody(body), null, checked(files), clock.instant());
    }

    private Ticket writable(long ticketId) {
        Ticket ticket = tickets.findById(ticketId)
                .orElseThrow(() -> new TicketRefusedException("ticket", "support.ticket.error.gone"));
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new TicketRefusedException("ticket", "support.ticket.error.closed");
        }
        return ticket;
    }

    private static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new TicketRefusedException("body", "support.ticket.error.body-required");
        }
        if (text.length() > BODY_MAX) {
            throw new TicketRefusedException("body", "support.ticket.error.body-too-long", BODY_MAX);
        }
        return text;
    }

    private record Checked(String fileName, String contentType, byte[] content) {
    }

    private List<Checked> checked(List<NewAttachment> files) {
        if (files.size() > ATTACHMENTS_MAX) {
            throw new TicketRefusedException("attachment", "support.ticket.error.attachment-count", ATTACHMENTS_MAX);
        }
        var checked = new ArrayList<Checked>();
        for (NewAttachment file : files) {
            String type = check(file);
            checked.add(new Checked(fileName(file.fileName()), type, file.content()));
        }
        return checked;
    }

    /** The last part of whatever path the browser sent, cut to what the table holds. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            base = "adjunto";
        }
        return base.length() <= FILE_NAME_MAX ? base : base.substring(base.length() - FILE_NAME_MAX);
    }

    /** The contact person's address when the ticket has one with an address, else the customer's, else null. */
    private String addressOf(Ticket ticket) {
        if (ticket.getContactPersonId() != null) {
            Optional<String> contactAddress = contacts.list(ticket.getCustomerId()).stream()
                    .filter(contact -> contact.getId().equals(ticket.getContactPersonId()))
                    .map(ContactPerson::getEmail).filter(TicketConversation::present).findFirst();
            if (contactAddress.isPresent()) {
                return contactAddress.get().strip();
            }
        }
        return customers.find(ticket.getCustomerId()).map(Customer::getEmail).filter(TicketConversation::present)
                .map(String::strip).orElse(null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private TicketMessage store(Ticket ticket, MessageKind kind, String body, String sentTo, List<Checked> files,
                                Instant now) {
        UUID author = currentUser.require().userId();
        var client = sql.client();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        long id = client.sql("insert into ticket_message (ticket_id, kind, body, author_id, sent_to, created_at)"
                        + " values (:ticket, :kind, :body, :author, :sentTo, :at) returning id")
                .param("ticket", ticket.getId()).param("kind", kind.name()).param("body", body)
                .param("author", author).param("sentTo", sentTo).param("at", at)
                .query(Long.class).single();
        var stored = new ArrayList<AttachmentInfo>();
        for (Checked file : files) {
            long fileId = client.sql("insert into ticket_attachment (ticket_id, message_id, file_name, content_type,"
                            + " size_bytes, sha256, content, uploaded_by, uploaded_at)"
                            + " values (:ticket, :message, :name, :type, :size, :sha, :content, :by, :at) returning id")
                    .param("ticket", ticket.getId()).param("message", id).param("name", file.fileName())
                    .param("type", file.contentType()).param("size", file.content().length)
                    .param("sha", sha256(file.content())).param("content", file.content())
                    .param("by", author).param("at", at)
                    .query(Long.class).single();
            stored.add(new AttachmentInfo(fileId, ticket.getId(), id, file.fileName(), file.contentType(),
                    file.content().length, now));
        }
        return new TicketMessage(id, ticket.getId(), kind, body, author, sentTo, now, stored);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
