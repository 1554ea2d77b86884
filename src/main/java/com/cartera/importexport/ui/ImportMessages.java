package com.cartera.importexport.ui;

import java.util.List;

import com.cartera.importexport.CellError;
import com.cartera.importexport.ImportProblem;
import com.vaadin.flow.component.Component;

/** Import problems in the UI language; arguments that are field names are translated too. */
final class ImportMessages {

    private ImportMessages() {
    }

    static String text(Component component, String key, List<String> args) {
        Object[] translated = args.stream()
                .map(arg -> arg.startsWith("import.field.") ? component.getTranslation(arg) : arg)
                .toArray();
        return component.getTranslation(key, translated);
    }

    static String text(Component component, ImportProblem problem) {
        return text(component, problem.key(), problem.args());
    }

    /** "Correo electrónico (C): Escribe un correo electrónico válido". */
    static String text(Component component, CellError error, List<String> headers) {
        String message = text(component, error.key(), error.args());
        if (error.column() == null) {
            return message;
        }
        return CellError.columnLabel(headers, error.column()) + ": " + message;
    }
}
