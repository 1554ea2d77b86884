package com.cartera.importexport;

import java.util.List;

/**
 * A field a column can be imported into, with the headers (Spanish and English, compared without case or
 * accents) that suggest it, and the {@code Customer} property whose constraints check its values.
 */
public enum ImportField {
    NAME(ImportKind.CUSTOMERS, "name", "nombre", "name", "nombre completo", "full name", "razon social",
            "nombre y apellidos", "cliente", "customer", "customer name", "company name", "nombre del cliente"),
    FIRST_NAME(ImportKind.CUSTOMERS, "name", "first name", "firstname", "given name", "forename", "nombre de pila"),
    LAST_NAME(ImportKind.CUSTOMERS, "name", "apellidos", "apellido", "last name", "lastname", "surname",
            "family name"),
    KIND(ImportKind.CUSTOMERS, "kind", "tipo", "type", "tipo de cliente", "customer type", "persona o empresa"),
    EMAIL(ImportKind.CUSTOMERS, "email", "correo electronico", "correo", "email", "e-mail", "mail",
            "email address", "e-mail address", "direccion de correo"),
    PHONE(ImportKind.CUSTOMERS, "phone", "telefono", "phone", "phone number", "movil", "mobile", "tel",
            "telephone", "telefono movil", "mobile phone"),
    TAX_ID(ImportKind.CUSTOMERS, "taxId", "nif", "cif", "nif/cif", "cif/nif", "nif / cif", "dni", "nie", "tax id",
            "vat", "vat number", "vat id"),
    CITY(ImportKind.CUSTOMERS, "city", "ciudad", "city", "localidad", "poblacion", "municipio", "town"),
    REGION(ImportKind.CUSTOMERS, "region", "provincia", "region", "state", "comunidad", "county",
            "provincia / region", "comunidad autonoma"),
    COUNTRY(ImportKind.CUSTOMERS, "country", "pais", "country", "country code", "codigo de pais"),
    STAGE(ImportKind.CUSTOMERS, "lifecycleStage", "etapa", "stage", "lifecycle stage", "estado", "status", "fase"),
    SECTOR(ImportKind.CUSTOMERS, "sector", "sector", "industry", "industria", "actividad"),
    BIRTHDAY(ImportKind.CUSTOMERS, "birthday", "fecha de nacimiento", "birthday", "birth date", "date of birth",
            "nacimiento", "cumpleanos", "dob", "fecha nacimiento"),
    INTERESTS(ImportKind.CUSTOMERS, "interests", "intereses", "interests"),
    NOTES(ImportKind.CUSTOMERS, "notes", "notas", "notes", "observaciones", "comentarios", "comments"),
    MARKETING_CONSENT(ImportKind.CUSTOMERS, "marketingConsent", "consentimiento", "marketing consent",
            "acepta publicidad", "consent", "opt-in", "consentimiento marketing"),
    SOURCE_CAMPAIGN(ImportKind.CUSTOMERS, "sourceCampaign", "campana", "campaign", "source campaign"),
    EXTERNAL_ID(ImportKind.CUSTOMERS, null, "id externo", "external id", "codigo", "code", "id", "customer id",
            "codigo cliente", "codigo de cliente", "ref", "referencia"),
    OWNER(ImportKind.CUSTOMERS, null, "responsable", "owner", "comercial", "agente", "account manager"),

    CUSTOMER_EMAIL(ImportKind.PURCHASES, null, "correo electronico", "correo", "email", "e-mail",
            "correo del cliente", "customer email", "customer e-mail"),
    CUSTOMER_TAX_ID(ImportKind.PURCHASES, null, "nif", "cif", "nif/cif", "tax id", "vat number"),
    CUSTOMER_EXTERNAL_ID(ImportKind.PURCHASES, null, "id cliente", "customer id", "codigo cliente",
            "codigo de cliente", "external id", "id externo", "cliente", "customer"),
    PURCHASED_ON(ImportKind.PURCHASES, null, "fecha", "date", "fecha de compra", "purchase date", "order date",
            "fecha pedido", "fecha del pedido"),
    PRODUCT(ImportKind.PURCHASES, null, "producto", "product", "articulo", "item", "sku", "referencia producto"),
    QUANTITY(ImportKind.PURCHASES, null, "cantidad", "quantity", "qty", "unidades", "units"),
    AMOUNT(ImportKind.PURCHASES, null, "importe", "amount", "total", "precio total", "total amount",
            "importe total"),
    CHANNEL(ImportKind.PURCHASES, null, "canal", "channel", "canal de venta", "sales channel"),
    PAYMENT_METHOD(ImportKind.PURCHASES, null, "forma de pago", "metodo de pago", "payment method", "payment"),

    SPENT_ON(ImportKind.SPEND, null, "fecha", "date", "fecha del gasto", "spend date", "dia", "day"),
    SPEND_AMOUNT(ImportKind.SPEND, null, "importe", "amount", "coste", "cost", "gasto", "spend", "total"),
    SPEND_CATEGORY(ImportKind.SPEND, null, "categoria", "category", "tipo de gasto", "spend category"),
    SPEND_CAMPAIGN(ImportKind.SPEND, null, "campana", "campaign", "nombre de la campana", "campaign name"),
    SPEND_SOURCE(ImportKind.SPEND, null, "fuente", "source", "origen", "lead source", "fuente del lead"),
    SPEND_COUNTS_AS(ImportKind.SPEND, null, "cuenta como", "counts as", "gasto de", "marketing o ventas",
            "marketing or sales"),
    SPEND_DESCRIPTION(ImportKind.SPEND, null, "descripcion", "description", "concepto", "detalle", "notas",
            "notes"),
    SPEND_REFERENCE(ImportKind.SPEND, null, "referencia", "reference", "ref", "referencia externa",
            "external reference", "id externo", "external id", "factura", "invoice");

    private final ImportKind kind;
    private final String property;
    private final List<String> headers;

    ImportField(ImportKind kind, String property, String... headers) {
        this.kind = kind;
        this.property = property;
        this.headers = List.of(headers);
    }

    public ImportKind kind() {
        return kind;
    }

    /** The {@code Customer} property whose Jakarta constraints this field's values must meet, or null. */
    String property() {
        return property;
    }

    /** Headers that suggest this field, lower case and without accents. */
    List<String> headers() {
        return headers;
    }

    public String labelKey() {
        return "import.field." + name();
    }

    public static List<ImportField> of(ImportKind kind) {
        return java.util.Arrays.stream(values()).filter(field -> field.kind == kind).toList();
    }
}
