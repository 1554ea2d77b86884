package com.cartera.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;

/**
 * Checks one property of a bean with its Jakarta Validation constraints, showing the message in the UI
 * language: each constraint's message template is a key of Cartera's translations, as in
 * {@code @NotBlank(message = "{customer.name.required}")}. The same constraints guard the services.
 */
public class BeanPropertyValidator<B, T> implements Validator<T> {

    private final jakarta.validation.Validator validator;
    private final Class<B> beanType;
    private final String property;

    public BeanPropertyValidator(jakarta.validation.Validator validator, Class<B> beanType, String property) {
        this.validator = validator;
        this.beanType = beanType;
        this.property = property;
    }

    @Override
    public ValidationResult apply(T value, ValueContext context) {
        return validator.validateValue(beanType, property, value).stream()
                .findFirst()
                .map(violation -> {
                    String key = messageKey(violation.getMessageTemplate());
                    return ValidationResult.error(context.getComponent().map(c -> c.getTranslation(key)).orElse(key));
                })
                .orElse(ValidationResult.ok());
    }

    /** The translation key inside a message template such as {@code {customer.name.required}}. */
    public static String messageKey(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
