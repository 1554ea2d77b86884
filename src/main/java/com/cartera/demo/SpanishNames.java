package com.cartera.demo;

import java.util.List;

/**
 * Names and places of a believable Spanish-speaking customer base, across Spain and Latin America: the demo
 * workspace draws its customers from them, and so does the portfolio benchmark's seed.
 */
public final class SpanishNames {

    public static final List<String> FIRST_NAMES = List.of(
            "María", "Carmen", "Ana", "Laura", "Lucía", "Marta", "Paula", "Elena", "Sara", "Cristina", "Isabel",
            "Raquel", "Pilar", "Rocío", "Nuria", "Alba", "Irene", "Sofía", "Julia", "Beatriz", "Antonio",
            "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro",
            "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Álvaro", "Adrián", "Iñaki",
            "Nerea", "Ainhoa", "Jordi", "Montserrat", "Xavier", "Guadalupe", "Valentina", "Camila", "Mateo",
            "Santiago", "Ximena", "Diego", "Gabriela", "Andrés", "Ignacio", "Teresa", "Dolores", "Ángel",
            "Ramón", "Concepción", "Mercedes", "Vicente", "Emilio", "Inés", "Óscar");
    public static final List<String> SURNAMES = List.of(
            "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
            "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano",
            "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín",
            "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano",
            "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Herrera",
            "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Etxeberria", "Puig",
            "Ferrer", "Castells", "Ibáñez", "Pascual", "Santana", "Aguilar", "Benítez");
    public static final List<String> BUSINESS_KINDS = List.of(
            "Talleres", "Distribuciones", "Construcciones", "Transportes", "Clínica Dental", "Asesoría",
            "Panadería", "Ferretería", "Bodegas", "Inmobiliaria", "Hostal", "Restaurante", "Farmacia", "Óptica",
            "Librería", "Carpintería", "Electricidad", "Consultoría", "Gestoría", "Academia", "Floristería",
            "Frutas", "Muebles", "Reformas", "Autoescuela");
    /** Spanish company forms; the usual one comes twice, as it is picked more often. */
    public static final List<String> COMPANY_FORMS = List.of("S.L.", "S.A.", "S.L.U.", "S. Coop.", "S.L.");
    /** The bigger places come first: {@link #BIG_PLACES} of them, which get most customers. */
    public static final List<Place> PLACES = List.of(
            new Place("Madrid", "Madrid", "ES"), new Place("Barcelona", "Barcelona", "ES"),
            new Place("Valencia", "Valencia", "ES"), new Place("Sevilla", "Sevilla", "ES"),
            new Place("Zaragoza", "Zaragoza", "ES"), new Place("Málaga", "Málaga", "ES"),
            new Place("Murcia", "Murcia", "ES"), new Place("Palma", "Illes Balears", "ES"),
            new Place("Bilbao", "Bizkaia", "ES"), new Place("Alicante", "Alicante", "ES"),
            new Place("Córdoba", "Córdoba", "ES"), new Place("Valladolid", "Valladolid", "ES"),
            new Place("Vigo", "Pontevedra", "ES"), new Place("Gijón", "Asturias", "ES"),
            new Place("A Coruña", "A Coruña", "ES"), new Place("Granada", "Granada", "ES"),
            new Place("Vitoria-Gasteiz", "Álava", "ES"), new Place("Pamplona", "Navarra", "ES"),
            new Place("Santander", "Cantabria", "ES"), new Place("Salamanca", "Salamanca", "ES"),
            new Place("Cáceres", "Cáceres", "ES"), new Place("Logroño", "La Rioja", "ES"),
            new Place("Las Palmas de Gran Canaria", "Las Palmas", "ES"),
            new Place("Santa Cruz de Tenerife", "Santa Cruz de Tenerife", "ES"),
            new Place("Toledo", "Toledo", "ES"), new Place("Ciudad de México", "CDMX", "MX"),
            new Place("Guadalajara", "Jalisco", "MX"), new Place("Monterrey", "Nuevo León", "MX"),
            new Place("Buenos Aires", "Buenos Aires", "AR"), new Place("Córdoba", "Córdoba", "AR"),
            new Place("Bogotá", "Cundinamarca", "CO"), new Place("Medellín", "Antioquia", "CO"),
            new Place("Santiago", "Región Metropolitana", "CL"), new Place("Lima", "Lima", "PE"));
    public static final int BIG_PLACES = 25;

    /** A city with its region and ISO country code. */
    public record Place(String city, String region, String country) {
    }

    private SpanishNames() {
    }
}
