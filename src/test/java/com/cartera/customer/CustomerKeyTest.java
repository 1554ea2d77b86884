package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cartera.customer.CustomerBulkImport.Key;
import org.junit.jupiter.api.Test;

/** The normal forms an import compares customer keys in, the same as email_key and tax_id_key (V9). */
class CustomerKeyTest {

    @Test
    void emailsAreTrimmedAndInLowerCase() {
        assertThat(Key.EMAIL.normalise("  Ana.Garcia@Correo.ES ")).isEqualTo("ana.garcia@correo.es");
        assertThat(Key.EMAIL.normalise("   ")).isNull();
        assertThat(Key.EMAIL.normalise(null)).isNull();
    }

    @Test
    void taxIdsLoseSpacesDotsAndDashesAndAreInUpperCase() {
        assertThat(Key.TAX_ID.normalise("b-12.345.678")).isEqualTo("B12345678");
        assertThat(Key.TAX_ID.normalise(" 12345678 z ")).isEqualTo("12345678Z");
        assertThat(Key.TAX_ID.normalise("0012345678Z")).isEqualTo("0012345678Z");
        assertThat(Key.TAX_ID.normalise(" .-")).isNull();
    }

    @Test
    void externalIdsAreComparedExactly() {
        assertThat(Key.EXTERNAL_ID.normalise("ERP-0042 a")).isEqualTo("ERP-0042 a");
    }
}
