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
            "external reference", "id externo", "external id", "factura", "invoice"),

    INVOICE_NUMBER(ImportKind.INVOICES, null, "numero", "numero de factura", "n factura", "no factura", "factura",
            "invoice", "invoice number", "invoice no", "number"),
    INVOICE_CUSTOMER(ImportKind.INVOICES, null, "cliente", "customer", "nif", "cif", "nif/cif", "tax id",
            "codigo cliente", "codigo de cliente", "customer id", "id cliente", "id externo", "external id",
            "correo", "email", "e-mail"),
    INVOICE_ISSUED_ON(ImportKind.INVOICES, null, "fecha", "fecha de emision", "fecha factura", "fecha de factura",
            "date", "issue date", "invoice date", "issued on"),
    INVOICE_DUE_ON(ImportKind.INVOICES, null, "vencimiento", "fecha de vencimiento", "vence", "due date", "due on",
            "due"),
    INVOICE_DESCRIPTION(ImportKind.INVOICES, null, "descripcion", "concepto", "description", "detalle", "item"),
    INVOICE_SKU(ImportKind.INVOICES, null, "sku", "referencia producto", "codigo producto", "product code",
            "articulo", "product"),
    INVOICE_QUANTITY(ImportKind.INVOICES, null, "cantidad", "quantity", "qty", "unidades", "units"),
    INVOICE_UNIT_PRICE(ImportKind.INVOICES, null, "precio", "precio unitario", "unit price", "price", "importe",
            "amount"),
    INVOICE_DISCOUNT(ImportKind.INVOICES, null, "descuento", "dto", "dto %", "descuento %", "discount",
            "discount %"),
    INVOICE_TAX_RATE(ImportKind.INVOICES, null, "iva", "iva %", "tipo de iva", "impuesto", "tax", "tax rate", "vat",
            "vat %", "tax %"),
    INVOICE_CURRENCY(ImportKind.INVOICES, null, "moneda", "divisa", "currency"),

    PAYMENT_RECEIVED_ON(ImportKind.PAYMENTS, null, "fecha", "fecha de cobro", "fecha cobro", "fecha de pago",
            "date", "received on", "payment date", "paid on"),
    PAYMENT_CUSTOMER(ImportKind.PAYMENTS, null, "cliente", "customer", "nif", "cif", "nif/cif", "tax id",
            "codigo cliente", "codigo de cliente", "customer id", "id cliente", "id externo", "external id",
            "correo", "email", "e-mail"),
    PAYMENT_AMOUNT(ImportKind.PAYMENTS, null, "importe", "amount", "cobrado", "total", "importe cobrado"),
    PAYMENT_PAID_BY(ImportKind.PAYMENTS, null, "forma de pago", "metodo de pago", "medio de pago",
            "payment method", "method"),
    PAYMENT_REFERENCE(ImportKind.PAYMENTS, null, "referencia", "reference", "ref", "referencia del cobro",
            "payment reference", "id cobro"),
    PAYMENT_INVOICE(ImportKind.PAYMENTS, null, "factura", "numero de factura", "invoice", "invoice number",
            "n factura"),
    PAYMENT_CURRENCY(ImportKind.PAYMENTS, null, "moneda", "divisa", "currency");

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
