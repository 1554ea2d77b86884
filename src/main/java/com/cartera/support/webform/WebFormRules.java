package com.cartera.support.webform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** The values the public form accepts: required fields, lengths, formats, and few links. Pure rules. */
final class WebFormRules {

    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String COMPANY = "company";
    static final String PHONE = "phone";
    static final String SUBJECT = "subject";
    static final String DESCRIPTION = "description";
    static final String CATEGORY = "category";
    static final String TYPE = "type";

    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_FORMAT = Pattern.compile("[+0-9 ().-]{6,40}");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

    private WebFormRules() {
    }

    /**
     * Every problem of {@code entry}, in the order of the form's fields; empty when it can be taken.
     *
     * @param offeredCategories the categories the form offers; a category outside them is refused
     */
    static List<FieldProblem> problems(WebFormEntry entry, Collection<Long> offeredCategories, int maxLinks) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, NAME, entry.name(), WebFormEntry.NAME_MAX);
        if (required(problems, EMAIL, entry.email(), WebFormEntry.EMAIL_MAX)
                && !EMAIL_FORMAT.matcher(entry.email().strip()).matches()) {
            problems.add(problem(EMAIL, "format"));
        }
        optional(problems, COMPANY, entry.company(), WebFormEntry.COMPANY_MAX);
        if (!blank(entry.phone()) && !PHONE_FORMAT.matcher(entry.phone().strip()).matches()) {
            problems.add(problem(PHONE, "format"));
        }
        if (entry.type() == null) {
            problems.add(problem(TYPE, "required"));
        }
        if (entry.categoryId() != null && !offeredCategories.contains(entry.categoryId())) {
            problems.add(problem(CATEGORY, "unknown"));
        }
        required(problems, SUBJECT, entry.subject(), WebFormEntry.SUBJECT_MAX);
        required(problems, DESCRIPTION, entry.description(), WebFormEntry.DESCRIPTION_MAX);
        int links = links(entry.subject()) + links(entry.description());
        if (links > maxLinks) {
            problems.add(new FieldProblem(DESCRIPTION, "support.form.error.links", List.of(maxLinks)));
        }
        return problems;
    }

    static int links(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = LINK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** @return true when there is a value to check further */
    private static boolean required(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(problem(field, "required"));
            return false;
        }
        return optional(problems, field, value, max);
    }

    private static boolean optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "support.form.error." + field + ".too-long", List.of(max)));
            return false;
        }
        return true;
    }

    private static FieldProblem problem(String field, String kind) {
        return new FieldProblem(field, "support.form.error." + field + "." + kind, List.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
