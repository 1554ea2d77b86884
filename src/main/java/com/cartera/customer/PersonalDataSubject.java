package com.cartera.customer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The person a data-subject request is about, as the modules holding their data need to find it.
 *
 * <p>{@code customerIds} holds the customer and every customer merged into it (directly or through another
 * merge): a merge moves rows to the survivor but leaves the merged customer's own row in the bin. The
 * identifiers come from all of them and from the contact persons of a company, already normalised the way
 * duplicate detection compares them ({@code email_key}, {@code phone_key}, {@code tax_id_key}).
 *
 * @param customerId     the customer the request names
 * @param anonymisedName what the customer is called once erased
 * @param names          names as written (customer, merged customers, contact persons)
 * @param emailKeys      e-mail addresses, trimmed and in lower case
 * @param phoneKeys      the last nine digits of each phone number
 * @param taxIdKeys      tax ids in upper case without spaces, dots or dashes
 * @param externalIds    ids in the systems customers were imported from
 */
public record PersonalDataSubject(long customerId, List<Long> customerIds, String anonymisedName, Set<String> names,
                                  Set<String> emailKeys, Set<String> phoneKeys, Set<String> taxIdKeys,
                                  Set<String> externalIds) {

    public PersonalDataSubject {
        customerIds = List.copyOf(customerIds);
        names = Set.copyOf(names);
        emailKeys = Set.copyOf(emailKeys);
        phoneKeys = Set.copyOf(phoneKeys);
        taxIdKeys = Set.copyOf(taxIdKeys);
        externalIds = Set.copyOf(externalIds);
    }

    /** The customer ids, for a {@code bigint[]} parameter. */
    public Long[] idArray() {
        return customerIds.toArray(Long[]::new);
    }

    /** Names, e-mail addresses and external ids in lower case: text containing one of these names the person. */
    public String[] wordsLowerCase() {
        return Stream.of(names, emailKeys, externalIds).flatMap(Collection::stream).map(String::strip)
                .filter(value -> !value.isEmpty()).map(value -> value.toLowerCase(Locale.ROOT)).distinct()
                .toArray(String[]::new);
    }

    /**
     * Whether {@code text} as a whole is one of the person's names or identifiers, compared as duplicate
     * detection compares them (case, spaces, and a phone number's prefix aside).
     */
    public boolean identifies(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(name -> name.strip().equalsIgnoreCase(lower))
                || emailKeys.contains(lower) || externalIds.contains(text.strip())
                || taxIdKeys.contains(text.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT))
                || phoneKey(text) != null && phoneKeys.contains(phoneKey(text));
    }

    /** As the database's {@code phone_key}: the last nine digits, or null below six digits. */
    static String phoneKey(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() < 6 ? null : digits.substring(Math.max(0, digits.length() - 9));
    }
}
