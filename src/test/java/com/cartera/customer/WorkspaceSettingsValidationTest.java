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

    /** Settings as a new workspace has them (the schema's defaults). */
    private static WorkspaceSettings defaults() {
        var settings = new WorkspaceSettings();
        settings.setCurrency("EUR");
        settings.setTierStrategicMin(new BigDecimal("10000"));
        settings.setTierKeyMin(new BigDecimal("3000"));
        settings.setTierEmergingMin(new BigDecimal("500"));
        settings.setTimeZone("Europe/Madrid");
        settings.setActivityWindowDays(365);
        return settings;
    }

    private static Set<String> problems(WorkspaceSettings settings) {
        return validator.validate(settings).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
                .collect(Collectors.toSet());
    }

    private static Set<String> problems(String strategic, String key, String emerging) {
        var settings = defaults();
        settings.setTierStrategicMin(strategic == null ? null : new BigDecimal(strategic));
        settings.setTierKeyMin(key == null ? null : new BigDecimal(key));
        settings.setTierEmergingMin(emerging == null ? null : new BigDecimal(emerging));
        return problems(settings);
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
        var settings = defaults();
        settings.setCurrency("eur");
        assertThat(validator.validate(settings)).extracting(violation -> violation.getMessageTemplate())
                .containsExactly("{settings.currency.format}");
    }

    @Test
    void theTimeZoneIsOneJavaKnowsAndTheActivityWindowIsOneDayToTenYears() {
        var settings = defaults();
        settings.setTimeZone("Mars/Olympus");
        assertThat(problems(settings)).containsExactly("timeZoneKnown {settings.time-zone.invalid}");
        settings.setTimeZone("America/Bogota");
        settings.setActivityWindowDays(0);
        assertThat(problems(settings)).containsExactly("activityWindowDays {settings.activity-window.range}");
        settings.setActivityWindowDays(3651);
        assertThat(problems(settings)).containsExactly("activityWindowDays {settings.activity-window.range}");
        settings.setActivityWindowDays(3650);
        assertThat(problems(settings)).isEmpty();
    }
}
