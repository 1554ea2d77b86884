package com.cartera.commerce;

import java.util.List;
import java.util.stream.Collectors;

/** A purchase was refused for wrong input: every problem found, each naming its field and, if any, its line. */
public class InvalidPurchaseException extends RuntimeException {

    /**
     * @param line       index of the line in the draft (from 0), or null for a field of the purchase itself
     * @param field      {@code purchasedOn}, {@code channel}, {@code notes}, {@code lines}; on a line
     *                   {@code product}, {@code quantity} or {@code unitPrice}
     * @param messageKey i18n key of the message
     */
    public record Problem(Integer line, String field, String messageKey) {
    }

    private final List<Problem> problems;

    public InvalidPurchaseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
