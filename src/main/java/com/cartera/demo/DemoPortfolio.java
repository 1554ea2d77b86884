package com.cartera.demo;

import static com.cartera.demo.SpanishNames.BIG_PLACES;
import static com.cartera.demo.SpanishNames.BUSINESS_KINDS;
import static com.cartera.demo.SpanishNames.COMPANY_FORMS;
import static com.cartera.demo.SpanishNames.FIRST_NAMES;
import static com.cartera.demo.SpanishNames.PLACES;
import static com.cartera.demo.SpanishNames.SURNAMES;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.cartera.customer.Customer;
import com.cartera.customer.CompanySize;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.IncomeBand;
import com.cartera.customer.LifeStage;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.demo.SpanishNames.Place;
import com.cartera.security.TeamMember;

/**
 * A believable Spanish-speaking customer portfolio: people and companies across Spain and Latin
 * America ({@link SpanishNames}), with valid-looking tax ids, and a realistic spread of lifecycle stages. The same seed
 * always gives the same portfolio.
 */
final class DemoPortfolio {

    private static final String[] NOTES = {"Prefiere que le llamen por la mañana.",
            "Pidió presupuesto para el próximo trimestre.", "Compara precios con la competencia.",
            "Interesado en la gama profesional.", "Pago siempre por transferencia.",
            "Conoció la empresa en una feria del sector.", "Recomendado por otro cliente.",
            "Pide factura con el CIF de la matriz."};
    private static final String[] SECTORS = {"Automoción", "Distribución", "Construcción", "Transporte",
            "Salud", "Servicios profesionales", "Alimentación", "Comercio minorista", "Alimentación", "Inmobiliario",
            "Hostelería", "Hostelería", "Salud", "Salud", "Comercio minorista", "Industria", "Industria",
            "Servicios profesionales", "Servicios profesionales", "Educación", "Comercio minorista", "Alimentación",
            "Comercio minorista", "Construcción", "Educación"};
    private static final String[] INTERESTS = {"Novedades de temporada", "Ofertas y promociones",
            "Gama profesional", "Sostenibilidad", "Formación y talleres", "Productos ecológicos", "Financiación",
            "Servicio técnico"};
    private static final String[] CAMPAIGNS = {"Feria Expohogar 2026", "Boletín primavera", "Google Ads marca",
            "Jornada puertas abiertas"};
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private final Random random;
    private final Set<Customer> cameAsLeads = Collections.newSetFromMap(new IdentityHashMap<>());

    DemoPortfolio(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The customers to create, the first ones the {@linkplain DemoStory#AT_RISK accounts at risk}. Active customers
     * who {@linkplain DemoStory#cameAsLead came as leads} are created as leads, to be converted with their history.
     */
    List<Customer> customers(int count, List<TeamMember> owners) {
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Customer customer = i < DemoStory.AT_RISK.size() ? company(i) : random.nextInt(100) < 70 ? person(i) : company(i);
            if (i < DemoStory.AT_RISK.size()) {
                customer.setName(DemoStory.AT_RISK.get(i));
            }
            customers.add(customer);
        }
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            customer.setLifecycleStage(i < DemoStory.AT_RISK.size() ? LifecycleStage.ACTIVE : stage());
            customer.setOwner(random.nextInt(100) < 95 ? pick(owners) : null);
            if (random.nextInt(100) < 15) {
                customer.setNotes(pick(NOTES));
            }
            source(customer);
            customer.setPreferredPayment(pick(PaymentMethod.values()));
            customer.setMarketingConsent(random.nextInt(100) < 60);
            if (random.nextInt(100) < 40) {
                customer.setInterests(pick(INTERESTS));
            }
            if (i >= DemoStory.AT_RISK.size() && customer.getLifecycleStage() == LifecycleStage.ACTIVE
                    && DemoStory.cameAsLead(customer.getSource(), random)) {
                customer.setLifecycleStage(random.nextBoolean() ? LifecycleStage.LEAD : LifecycleStage.PROSPECT);
                cameAsLeads.add(customer);
            }
        }
        return customers;
    }

    /** Of the customers made, those created as leads or prospects who became active customers. */
    Set<Customer> cameAsLeads() {
        return cameAsLeads;
    }

    private Customer person(int index) {
        String first = pick(FIRST_NAMES);
        String surname1 = pick(SURNAMES);
        String surname2 = pick(SURNAMES);
        var customer = new Customer();
        customer.setKind(CustomerKind.PERSON);
        customer.setName(first + " " + surname1 + " " + surname2);
        customer.setEmail(ascii(first) + "." + ascii(surname1) + index + "@" + pick(new String[]{"gmail.com",
                "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net"}));
        place(customer);
        customer.setPhone(phone(customer.getCountry()));
        customer.setIncomeBand(pick(IncomeBand.values()));
        customer.setLifeStage(pick(LifeStage.values()));
        customer.setBirthday(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        if ("ES".equals(customer.getCountry())) {
            int number = 10_000_000 + random.nextInt(89_999_999);
            customer.setTaxId(number + String.valueOf(NIF_LETTERS.charAt(number % 23)));
        }
        return customer;
    }

    private Customer company(int index) {
        int business = random.nextInt(BUSINESS_KINDS.size());
        String name = BUSINESS_KINDS.get(business) + " " + pick(SURNAMES);
        var customer = new Customer();
        customer.setKind(CustomerKind.COMPANY);
        customer.setSector(SECTORS[business]);
        customer.setCompanySize(CompanySize.values()[Math.min(3, (int) Math.abs(random.nextGaussian() * 1.2))]);
        place(customer);
        customer.setName(name + ("ES".equals(customer.getCountry()) ? " " + pick(COMPANY_FORMS) : ""));
        customer.setEmail("info" + index + "@" + ascii(name).replace(".", "") + ".com");
        customer.setPhone(phone(customer.getCountry()));
        if ("ES".equals(customer.getCountry())) {
            customer.setTaxId("B" + (10_000_000 + random.nextInt(89_999_999)));
        }
        return customer;
    }

    private void place(Customer customer) {
        // Four in five customers are in Spain.
        Place place = random.nextInt(100) < 80 ? PLACES.get(random.nextInt(BIG_PLACES))
                : PLACES.get(BIG_PLACES + random.nextInt(PLACES.size() - BIG_PLACES));
        customer.setCity(place.city());
        customer.setRegion(place.region());
        customer.setCountry(place.country());
    }

    private String phone(String country) {
        return switch (country) {
            case "ES" -> "+34 6%02d %03d %03d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
            case "MX" -> "+52 55 %04d %04d".formatted(random.nextInt(10000), random.nextInt(10000));
            case "AR" -> "+54 11 %04d %04d".formatted(random.nextInt(10000), random.nextInt(10000));
            case "CO" -> "+57 3%02d %03d %04d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(10000));
            case "CL" -> "+56 9 %04d %04d".formatted(random.nextInt(10000), random.nextInt(10000));
            default -> "+51 9%02d %03d %03d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
        };
    }

    private void source(Customer customer) {
        CustomerSource source = pick(CustomerSource.values());
        if (source == CustomerSource.REFERRAL) {
            // A referral needs the referring customer, which is not saved yet: counted as word of mouth.
            source = CustomerSource.OTHER;
        }
        customer.setSource(source);
        if (source == CustomerSource.CAMPAIGN) {
            customer.setSourceCampaign(pick(CAMPAIGNS));
        }
    }

    private LifecycleStage stage() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return LifecycleStage.LEAD;
        }
        if (roll < 35) {
            return LifecycleStage.PROSPECT;
        }
        if (roll < 80) {
            return LifecycleStage.ACTIVE;
        }
        return roll < 92 ? LifecycleStage.INACTIVE : LifecycleStage.LOST;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }


    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "");
    }
}
