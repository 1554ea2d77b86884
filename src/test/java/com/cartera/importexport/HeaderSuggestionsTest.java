package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeaderSuggestionsTest {

    @Test
    void spanishHeadersWithASurnameColumnMakeTheNameColumnTheFirstName() {
        Map<Integer, ImportField> suggested = HeaderSuggestions.suggest(ImportKind.CUSTOMERS, List.of("Nombre",
                "Apellidos", "Correo electrónico", "Teléfono", "NIF/CIF", "Ciudad", "Provincia", "País", "Etapa",
                "Sector", "Fecha de nacimiento", "Código"));
        assertThat(suggested).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(0, ImportField.FIRST_NAME), Map.entry(1, ImportField.LAST_NAME),
                Map.entry(2, ImportField.EMAIL), Map.entry(3, ImportField.PHONE), Map.entry(4, ImportField.TAX_ID),
                Map.entry(5, ImportField.CITY), Map.entry(6, ImportField.REGION), Map.entry(7, ImportField.COUNTRY),
                Map.entry(8, ImportField.STAGE), Map.entry(9, ImportField.SECTOR),
                Map.entry(10, ImportField.BIRTHDAY), Map.entry(11, ImportField.EXTERNAL_ID)));
    }

    @Test
    void englishHeadersAndOneFieldPerColumnOnly() {
        Map<Integer, ImportField> suggested = HeaderSuggestions.suggest(ImportKind.CUSTOMERS, Arrays.asList("First Name",
                "Last Name", "Email", "Phone Number", "Tax ID", "City", "Region", "Country", "Email", null,
                "Contact phone number"));
        assertThat(suggested).containsExactlyInAnyOrderEntriesOf(Map.of(0, ImportField.FIRST_NAME,
                1, ImportField.LAST_NAME, 2, ImportField.EMAIL, 3, ImportField.PHONE, 4, ImportField.TAX_ID,
                5, ImportField.CITY, 6, ImportField.REGION, 7, ImportField.COUNTRY));
    }

    @Test
    void aHeaderContainingAKnownOneAsWholeWords() {
        assertThat(HeaderSuggestions.suggest(ImportKind.CUSTOMERS, List.of("Nombre completo", "Teléfono de contacto")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, ImportField.NAME, 1, ImportField.PHONE));
    }

    @Test
    void purchaseHeaders() {
        assertThat(HeaderSuggestions.suggest(ImportKind.PURCHASES,
                List.of("Correo", "Fecha", "Producto", "Cantidad", "Importe", "Forma de pago")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, ImportField.CUSTOMER_EMAIL, 1, ImportField.PURCHASED_ON,
                        2, ImportField.PRODUCT, 3, ImportField.QUANTITY, 4, ImportField.AMOUNT,
                        5, ImportField.PAYMENT_METHOD));
    }
}
