package com.cartera.support.webform;

import java.util.List;

/**
 * A value of the form that cannot be taken: the field, the translation key of the message and its arguments.
 *
 * @param field one of {@link WebFormRules}' field names
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }
}
