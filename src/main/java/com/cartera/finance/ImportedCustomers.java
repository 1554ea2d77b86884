package com.cartera.finance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.CustomerBulkImport.Existing;
import com.cartera.customer.CustomerBulkImport.Key;

/**
 * Finds the customers an imported file names by one key column: a value with an @ is an e-mail; any other is
 * looked up both as a tax id and as an external id (the ERP's customer code), and must name one customer.
 */
final class ImportedCustomers {

    /** What a key named: the customer, or how many it matched when not exactly one. */
    record Match(Long customerId, int matches) {
    }

    private final Map<String, Match> byKey = new HashMap<>();

    ImportedCustomers(CustomerBulkImport customers, Collection<String> keys) {
        List<String> emails = keys.stream().filter(Objects::nonNull).filter(key -> key.contains("@")).toList();
        List<String> codes = keys.stream().filter(Objects::nonNull).filter(key -> !key.contains("@")).toList();
        Map<String, Existing> byEmail = emails.isEmpty() ? Map.of() : customers.find(Key.EMAIL, emails);
        Map<String, Existing> byTaxId = codes.isEmpty() ? Map.of() : customers.find(Key.TAX_ID, codes);
        Map<String, Existing> byExternalId = codes.isEmpty() ? Map.of() : customers.find(Key.EXTERNAL_ID, codes);
        for (String email : emails) {
            byKey.put(email, match(byEmail.get(Key.EMAIL.normalise(email))));
        }
        for (String code : codes) {
            Existing taxId = byTaxId.get(Key.TAX_ID.normalise(code));
            Existing external = byExternalId.get(Key.EXTERNAL_ID.normalise(code));
            if (taxId != null && external != null && taxId.matches() == 1 && external.matches() == 1
                    && taxId.id() == external.id()) {
                byKey.put(code, new Match(taxId.id(), 1));
            } else if (taxId != null && external != null) {
                Set<Long> both = new HashSet<>(List.of(taxId.id(), external.id()));
                byKey.put(code, new Match(null, Math.max(both.size(), taxId.matches() + external.matches())));
            } else {
                byKey.put(code, match(taxId != null ? taxId : external));
            }
        }
    }

    private static Match match(Existing existing) {
        if (existing == null) {
            return new Match(null, 0);
        }
        return existing.matches() == 1 ? new Match(existing.id(), 1) : new Match(null, existing.matches());
    }

    /**
     * The customer {@code key} names.
     *
     * @throws FinanceRefusedException naming the key when it matches no customer or several
     */
    long require(String key) {
        Match match = byKey.getOrDefault(key, new Match(null, 0));
        if (match.customerId() == null) {
            throw match.matches() == 0
                    ? new FinanceRefusedException("customer", "finance.import.customer.not-found", key)
                    : new FinanceRefusedException("customer", "finance.import.customer.ambiguous", key,
                            match.matches());
        }
        return match.customerId();
    }
}
