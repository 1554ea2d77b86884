package com.cartera.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.cartera.customer.Customer;
import com.cartera.customer.CompanySize;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.IncomeBand;
import com.cartera.customer.LifeStage;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.security.TeamMember;

/**
 * A believable Spanish-speaking customer portfolio: people and companies across Spain and Latin
 * America, with valid-looking tax ids, and a realistic spread of lifecycle stages. The same seed
 * always gives the same portfolio.
 */
final class DemoPortfolio {

    private static final String[] FIRST_NAMES = {"María", "Carmen", "Ana", "Laura", "Lucía", "Marta", "Paula",
            "Elena", "Sara", "Cristina", "Isabel", "Raquel", "Pilar", "Rocío", "Nuria", "Alba", "Irene", "Sofía",
            "Julia", "Beatriz", "Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel",
            "Carlos", "Jesús", "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis",
            "Álvaro", "Adrián", "Iñaki", "Nerea", "Ainhoa", "Jordi", "Montserrat", "Xavier", "Guadalupe",
            "Valentina", "Camila", "Mateo", "Santiago", "Ximena", "Diego", "Gabriela", "Andrés", "Ignacio"};
    private static final String[] SURNAMES = {"García", "Rodríguez", "González", "Fernández", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
            "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez",
            "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado",
            "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés",
            "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego",
            "Vidal", "León", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco",
            "Etxeberria", "Puig", "Ferrer", "Castells"};
    private static final String[] BUSINESS_KINDS = {"Talleres", "Distribuciones", "Construcciones",
            "Transportes", "Clínica Dental", "Asesoría", "Panadería", "Ferretería", "Bodegas", "Inmobiliaria",
            "Hostal", "Restaurante", "Farmacia", "Óptica", "Librería", "Carpintería", "Electricidad",
            "Consultoría", "Gestoría", "Academia", "Floristería", "Frutas", "Muebles", "Reformas", "Autoescuela"};
    private static final String[] COMPANY_FORMS = {"S.L.", "S.A.", "S.L.U.", "S. Coop.", "S.L."};
    private static final String[][] PLACES = {
            {"Madrid", "Madrid", "ES"}, {"Barcelona", "Barcelona", "ES"}, {"Valencia", "Valencia", "ES"},
            {"Sevilla", "Sevilla", "ES"}, {"Zaragoza", "Zaragoza", "ES"}, {"Málaga", "Málaga", "ES"},
            {"Murcia", "Murcia", "ES"}, {"Palma", "Illes Balears", "ES"}, {"Bilbao", "Bizkaia", "ES"},
            {"Alicante", "Alicante", "ES"}, {"Córdoba", "Córdoba", "ES"}, {"Valladolid", "Valladolid", "ES"},
            {"Vigo", "Pontevedra", "ES"}, {"Gijón", "Asturias", "ES"}, {"A Coruña", "A Coruña", "ES"},
            {"Granada", "Granada", "ES"}, {"Vitoria-Gasteiz", "Álava", "ES"}, {"Pamplona", "Navarra", "ES"},
            {"Santander", "Cantabria", "ES"}, {"Salamanca", "Salamanca", "ES"}, {"Cáceres", "Cáceres", "ES"},
            {"Logroño", "La Rioja", "ES"}, {"Las Palmas de Gran Canaria", "Las Palmas", "ES"},
            {"Santa Cruz de Tenerife", "Santa Cruz de Tenerife", "ES"}, {"Toledo", "Toledo", "ES"},
            {"Ciudad de México", "CDMX", "MX"}, {"Guadalajara", "Jalisco", "MX"}, {"Monterrey", "Nuevo León", "MX"},
            {"Buenos Aires", "Buenos Aires", "AR"}, {"Córdoba", "Córdoba", "AR"}, {"Bogotá", "Cundinamarca", "CO"},
            {"Medellín", "Antioquia", "CO"}, {"Santiago", "Región Metropolitana", "CL"}, {"Lima", "Lima", "PE"}};
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

    DemoPortfolio(long seed) {
        this.random = new Random(seed);
    }

    List<Customer> customers(int count, List<TeamMember> owners) {
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(random.nextInt(100) < 70 ? person(i) : company(i));
        }
        for (Customer customer : customers) {
            customer.setLifecycleStage(stage());
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
        }
        return customers;
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
        int business = random.nextInt(BUSINESS_KINDS.length);
        String name = BUSINESS_KINDS[business] + " " + pick(SURNAMES);
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
        String[] place = random.nextInt(100) < 80 ? PLACES[random.nextInt(25)] : PLACES[25 + random.nextInt(PLACES.length - 25)];
        customer.setCity(place[0]);
        customer.setRegion(place[1]);
        customer.setCountry(place[2]);
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
