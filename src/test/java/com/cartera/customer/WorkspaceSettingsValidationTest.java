package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tier thresholds must fall strictly, strategic above key above emerging, none negative or missing. */
class WorkspaceSettingsValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<String> problems(String strategic, String key, String emerging) {
        var settings = new WorkspaceSettings();
        settings.setCurrency("EUR");
        settings.setTierStrategicMin(strategic == null ? null : new BigDecimal(strategic));
        settings.setTierKeyMin(key == null ? null : new BigDecimal(key));
        settings.setTierEmergingMin(emerging == null ? null : new BigDecimal(emerging));
        return validator.validate(settings).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
                .collect(Collectors.toSet());
    }

    @Test
    void strictlyFallingThresholdsAreValid() {
        assertThat(problems("10000", "3000", "500")).isEmpty();
        assertThat(problems("0.03", "0.02", "0")).isEmpty();
    }

    @Test
    void thresholdsThatDoNotFallAreRefusedAsAWhole() {
        assertThat(problems("3000", "3000", "500")).containsExactly("tierOrderValid {settings.tier.order}");
        assertThat(problems("10000", "500", "500.00")).containsExactly("tierOrderValid {settings.tier.order}");
        assertThat(problems("500", "3000", "10000")).containsExactly("tierOrderValid {settings.tier.order}");
        assertThat(problems("10000", "300", "500")).containsExactly("tierOrderValid {settings.tier.order}");
    }

    @Test
    void aMissingOrNegativeThresholdIsNamedAndTheOrderIsNotJudged() {
        assertThat(problems("10000", null, "500")).containsExactly("tierKeyMin {settings.tier.required}");
        assertThat(problems("10000", "3000", "-1")).containsExactly("tierEmergingMin {settings.tier.required}");
    }

    @Test
    void theCurrencyIsAThreeLetterCode() {
        var settings = new WorkspaceSettings();
        settings.setTierStrategicMin(BigDecimal.TEN);
        settings.setTierKeyMin(BigDecimal.ONE);
        settings.setTierEmergingMin(BigDecimal.ZERO);
        settings.setCurrency("eur");
        assertThat(validator.validate(settings)).extracting(violation -> violation.getMessageTemplate())
                .containsExactly("{settings.currency.format}");
    }
}
