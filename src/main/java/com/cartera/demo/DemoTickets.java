package com.cartera.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.cartera.customer.ContactPerson;
import com.cartera.customer.ContactPersonService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.WorkspaceAuthentication;
import com.cartera.support.SupportSettingsService;
import com.cartera.support.Ticket;
import com.cartera.support.TicketCategory;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketConversation;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.cartera.support.csat.PhoneRatings;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's support desk: tickets of customer companies in every status, handled by the demo support agent and the
 * admin, with replies and, on several resolved ones, the rating the customer gave by phone. Made through the desk's
 * services, each ticket acting as the person who works it.
 *
 * <p>Replies and satisfaction surveys are mailed to the ticket's contact person, else the customer: every ticket
 * gets a contact person whose address is under the reserved {@code .test} domain, so the demo never writes to the
 * made-up (but possibly real) addresses of its customers.
 */
@Component
class DemoTickets {

    static final int TICKETS = 40;
    private static final String CONTACT_DOMAIN = "@clientes.demo.cartera.test";

    private record Scenario(TicketType type, String category, String subject, String description, String reply) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(TicketType.INCIDENT, "Entrega", "Pedido entregado incompleto",
                    "Nos han llegado 8 de las 10 cajas del último pedido. El albarán indica 10 bultos.",
                    "Hemos localizado las dos cajas en el almacén de tránsito; salen hoy sin coste de envío."),
            new Scenario(TicketType.COMPLAINT, "Entrega", "Retraso en la entrega del pedido",
                    "El pedido tenía fecha de entrega el lunes y todavía no ha llegado. Lo necesitamos para una obra.",
                    "Disculpe el retraso: el transportista tuvo una incidencia. El pedido se entrega mañana antes de las 14:00."),
            new Scenario(TicketType.INCIDENT, "Producto", "Taladro percutor no arranca",
                    "El taladro comprado hace tres semanas ha dejado de funcionar. No hace ningún ruido al pulsar el gatillo.",
                    "Le enviamos una unidad de sustitución en garantía; el mensajero recogerá la averiada en la misma visita."),
            new Scenario(TicketType.INQUIRY, "Producto", "Compatibilidad de baterías",
                    "¿Las baterías de 18 V de la gama profesional sirven para la atornilladora que compramos el año pasado?",
                    "Sí, toda la gama de 18 V comparte batería. Le adjuntamos la referencia del cargador rápido compatible."),
            new Scenario(TicketType.INCIDENT, "Facturación", "Factura con importe duplicado",
                    "En la factura de este mes aparece dos veces la misma línea de pintura plástica.",
                    "Tiene razón, la línea estaba duplicada. Hemos emitido una factura rectificativa por la diferencia."),
            new Scenario(TicketType.REQUEST, "Facturación", "Cambio de cuenta bancaria para domiciliaciones",
                    "A partir del mes que viene queremos que los recibos se carguen en otra cuenta. ¿Qué necesitan?",
                    "Hemos actualizado la cuenta de domiciliación; el próximo recibo ya se cargará en la nueva."),
            new Scenario(TicketType.INQUIRY, "Facturación", "Condiciones de pago a 60 días",
                    "¿Es posible pasar de pago a 30 días a pago a 60 días para los pedidos grandes?",
                    "Para pedidos superiores a 3.000 € podemos ofrecer 60 días; lo hemos dejado activado en su ficha."),
            new Scenario(TicketType.REQUEST, "Cuenta", "Alta de un nuevo usuario en el portal de pedidos",
                    "Se ha incorporado una persona al departamento de compras y necesita acceso para hacer pedidos.",
                    "El nuevo usuario ya está dado de alta; recibirá un correo para elegir su contraseña."),
            new Scenario(TicketType.INCIDENT, "Cuenta", "No podemos acceder al portal de pedidos",
                    "Desde ayer el portal nos dice que la contraseña es incorrecta, aunque no la hemos cambiado.",
                    "La cuenta se había bloqueado tras varios intentos fallidos. Ya está desbloqueada."),
            new Scenario(TicketType.COMPLAINT, "Producto", "Pintura con tono distinto al de la muestra",
                    "Los botes de pintura recibidos tienen un tono claramente más oscuro que la muestra que nos dieron.",
                    "Hemos comprobado que el lote venía mal tintado. Le cambiamos todos los botes y le abonamos el transporte."),
            new Scenario(TicketType.REQUEST, "Entrega", "Cambio de dirección de entrega",
                    "El próximo pedido debe entregarse en el nuevo almacén del polígono, no en la oficina.",
                    "Hemos añadido la dirección del almacén y la hemos marcado como dirección de entrega habitual."),
            new Scenario(TicketType.INQUIRY, "Otro", "Solicitud de catálogo de temporada",
                    "¿Nos pueden enviar el catálogo de jardín de esta temporada con los precios para profesionales?",
                    "Le enviamos el catálogo de jardín con su tarifa profesional aplicada."),
            new Scenario(TicketType.REQUEST, "Otro", "Presupuesto para pedido recurrente",
                    "Queremos un presupuesto para recibir cada mes el mismo lote de material de limpieza y guantes.",
                    "Le hemos preparado un presupuesto con un 5 % de descuento por pedido recurrente mensual."),
            new Scenario(TicketType.COMPLAINT, "Facturación", "Cargo por transporte no acordado",
                    "En el último pedido se ha cobrado el transporte, pero teníamos acordado el envío gratuito.",
                    "Efectivamente, su tarifa incluye el envío gratuito. Hemos abonado el importe del transporte."),
            new Scenario(TicketType.INCIDENT, "Producto", "Cortacésped con la cuchilla dañada",
                    "Al abrir la caja del cortacésped la cuchilla estaba doblada. Parece un golpe en el transporte.",
                    "Le enviamos una cuchilla nueva hoy mismo y hemos abierto la reclamación con el transportista."),
            new Scenario(TicketType.INQUIRY, "Entrega", "¿Entregan los sábados?",
                    "Nuestro local solo abre por la mañana. ¿Es posible recibir los pedidos los sábados?",
                    "Sí, en su zona entregamos los sábados de 9:00 a 13:00. Puede elegirlo al hacer el pedido."));

    private static final String[] QUESTIONS = {
            "Gracias por avisarnos. ¿Podría enviarnos una foto del producto y el número de albarán para tramitarlo?",
            "Para revisarlo necesitamos el número de factura afectado. ¿Nos lo puede facilitar?",
            "Estamos en ello. ¿Nos confirma un teléfono y un horario en el que podamos llamarle?"};
    private static final String[] NOTES = {
            "Cliente habitual; revisar si hubo incidencias parecidas en los últimos pedidos.",
            "Consultado con almacén: responden hoy por la tarde.",
            "Pendiente de confirmar con el transportista."};
    private static final String[] COMMENTS = {"Muy rápidos, gracias.", "Todo resuelto a la primera.", null, null,
            "Amables, aunque tardaron un poco."};
    private static final String[] LOW_COMMENTS = {"Tuve que llamar tres veces.", "La solución llegó tarde."};

    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final TicketService tickets;
    private final TicketConversation conversation;
    private final PhoneRatings phoneRatings;
    private final SupportSettingsService settings;

    DemoTickets(CustomerService customers, ContactPersonService contacts, TicketService tickets,
                TicketConversation conversation, PhoneRatings phoneRatings, SupportSettingsService settings) {
        this.customers = customers;
        this.contacts = contacts;
        this.tickets = tickets;
        this.conversation = conversation;
        this.phoneRatings = phoneRatings;
        this.settings = settings;
    }

    /** Seeds the tickets; {@code admin} is signed in, {@code agent} is the demo support person. */
    void create(SignedInUser admin, SignedInUser agent) {
        var random = new Random(2026_13);
        List<Customer> companies = customers.page(CustomerFilter.NONE, PageRequest.of(0, 1000, Sort.by("id"))).stream()
                .filter(customer -> customer.getKind() == CustomerKind.COMPANY)
                .filter(customer -> customer.getLifecycleStage() == LifecycleStage.ACTIVE
                        || customer.getLifecycleStage() == LifecycleStage.INACTIVE)
                .toList();
        if (companies.isEmpty()) {
            return;
        }
        Map<String, Long> categories = new HashMap<>();
        for (TicketCategory category : settings.categories(false)) {
            categories.put(category.name(), category.id());
        }
        Map<Long, Long> contactOf = new HashMap<>();
        List<TicketStatus> statuses = statuses(random);
        int rated = 0;
        for (int i = 0; i < TICKETS; i++) {
            Scenario scenario = SCENARIOS.get(i % SCENARIOS.size());
            Customer customer = companies.get(random.nextInt(companies.size()));
            long contact = contactOf.computeIfAbsent(customer.getId(), id -> contact(id, random));
            TicketStatus status = statuses.get(i);
            SignedInUser worker = status == TicketStatus.NEW || random.nextInt(100) < 70 ? agent : admin;
            var draft = new TicketDraft(customer.getId(), contact, scenario.type(), channel(random),
                    scenario.subject(), scenario.description(), priority(random),
                    categories.get(scenario.category()), null, status == TicketStatus.NEW ? null : worker.userId(),
                    null);
            Integer rating = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
                    ? rating(rated++, random) : null;
            as(worker, () -> work(draft, status, scenario, rating, random));
        }
    }

    /** About half resolved, a few closed, the rest still on the desk. */
    private static List<TicketStatus> statuses(Random random) {
        var statuses = new ArrayList<TicketStatus>();
        add(statuses, TicketStatus.NEW, 6);
        add(statuses, TicketStatus.OPEN, 7);
        add(statuses, TicketStatus.PENDING, 5);
        add(statuses, TicketStatus.RESOLVED, 18);
        add(statuses, TicketStatus.CLOSED, TICKETS - statuses.size());
        Collections.shuffle(statuses, random);
        return statuses;
    }

    private static void add(List<TicketStatus> statuses, TicketStatus status, int count) {
        statuses.addAll(Collections.nCopies(count, status));
    }

    private void work(TicketDraft draft, TicketStatus status, Scenario scenario, Integer rating, Random random) {
        Ticket ticket = tickets.open(draft);
        long id = ticket.getId();
        switch (status) {
            case NEW -> {
            }
            case OPEN -> conversation.note(id, NOTES[random.nextInt(NOTES.length)], List.of());
            case PENDING -> {
                conversation.reply(id, QUESTIONS[random.nextInt(QUESTIONS.length)], List.of());
                move(id, TicketStatus.PENDING);
            }
            case RESOLVED, CLOSED -> {
                conversation.reply(id, scenario.reply(), List.of());
                move(id, TicketStatus.RESOLVED);
                if (rating != null) {
                    phoneRatings.record(id, rating, rating <= 2 ? LOW_COMMENTS[random.nextInt(LOW_COMMENTS.length)]
                            : COMMENTS[random.nextInt(COMMENTS.length)]);
                }
                if (status == TicketStatus.CLOSED) {
                    move(id, TicketStatus.CLOSED);
                }
            }
        }
    }

    private void move(long id, TicketStatus to) {
        // The conversation and the desk's listeners may have touched the ticket: its current version is the one to name.
        tickets.changeStatus(id, tickets.find(id).orElseThrow().getVersion(), to);
    }

    /** Two in three resolved tickets rated by phone, mostly 4–5; the 5th and 11th rated are unhappy. */
    private static Integer rating(int index, Random random) {
        if (index % 3 == 2) {
            return null;
        }
        if (index == 4 || index == 10) {
            return 1 + random.nextInt(2);
        }
        return random.nextInt(100) < 65 ? 5 : 4;
    }

    private static TicketChannel channel(Random random) {
        int roll = random.nextInt(100);
        return roll < 35 ? TicketChannel.EMAIL : roll < 65 ? TicketChannel.PHONE : roll < 80 ? TicketChannel.WEB_FORM
                : roll < 93 ? TicketChannel.CHAT : TicketChannel.VISIT;
    }

    private static TicketPriority priority(Random random) {
        int roll = random.nextInt(100);
        return roll < 20 ? TicketPriority.LOW : roll < 70 ? TicketPriority.NORMAL : roll < 90 ? TicketPriority.HIGH
                : TicketPriority.URGENT;
    }

    /** The company's person who talks to the desk, reachable only at a reserved address. */
    private long contact(long companyId, Random random) {
        String first = SpanishNames.FIRST_NAMES.get(random.nextInt(SpanishNames.FIRST_NAMES.size()));
        String surname = SpanishNames.SURNAMES.get(random.nextInt(SpanishNames.SURNAMES.size()));
        var contact = new ContactPerson(companyId);
        contact.setName(first + " " + surname);
        contact.setJobTitle("Responsable de compras");
        contact.setEmail(ascii(first) + "." + ascii(surname) + "." + companyId + CONTACT_DOMAIN);
        return contacts.save(contact).getId();
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private static void as(SignedInUser user, Runnable work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
