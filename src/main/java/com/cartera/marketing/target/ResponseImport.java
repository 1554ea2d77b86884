package com.cartera.marketing.target;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cartera.customer.MarketingReach;
import com.cartera.marketing.TargetStatus;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets members' statuses from a response file (.xlsx or .csv) with a column naming the customer (e-mail address or
 * customer id) and a status column in Spanish or English words. Rows that name nobody on the list, or no known
 * status, are reported by row number and change nothing; the others are applied together.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class ResponseImport {

    /** The most rows one file may have. */
    static final int MAX_ROWS = 200_000;

    /** A row that changed nothing: its number in the file (the header is row 1), the reason's key, and the value. */
    public record RowProblem(int row, String messageKey, String value) {
    }

    /** What the file did: rows read (without the header), members whose status changed, and the rows refused. */
    public record Outcome(int rows, int changed, List<RowProblem> problems) {
    }

    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "correo", "correo electronico",
            "correo-e", "mail", "email address");
    private static final Set<String> ID_HEADERS = Set.of("id", "customer id", "customer_id", "id cliente",
            "id_cliente", "cliente id", "customerid");
    private static final Set<String> STATUS_HEADERS = Set.of("status", "estado");
    private static final Map<String, TargetStatus> STATUS_WORDS = statusWords();

    private final TargetMembers members;
    private final MarketingReach reach;

    ResponseImport(TargetMembers members, MarketingReach reach) {
        this.members = members;
        this.reach = reach;
    }

    /**
     * @throws FieldRejectedException naming {@code file} when it cannot be read, is too long or lacks the columns
     */
    public Outcome apply(long listId, String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = ResponseFile.rows(fileName, content);
        } catch (IOException unreadable) {
            throw new FieldRejectedException("file", "marketing.list.import.unreadable");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new FieldRejectedException("file", "marketing.list.import.too-many-rows");
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.getFirst().stream().map(ResponseImport::word).toList();
        int emailColumn = column(header, EMAIL_HEADERS);
        int idColumn = column(header, ID_HEADERS);
        int statusColumn = column(header, STATUS_HEADERS);
        if ((emailColumn < 0 && idColumn < 0) || statusColumn < 0) {
            throw new FieldRejectedException("file", "marketing.list.import.columns");
        }
        Set<Long> onList = new HashSet<>(members.memberIds(listId));
        Map<String, Long> byEmail = emailColumn < 0 ? Map.of() : emailsOf(onList);
        Map<TargetStatus, List<Long>> changes = new EnumMap<>(TargetStatus.class);
        List<RowProblem> problems = new ArrayList<>();
        int read = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            read++;
            int number = r + 1;
            String statusText = cell(row, statusColumn);
            Optional<TargetStatus> status = Optional.ofNullable(STATUS_WORDS.get(word(statusText)));
            if (status.isEmpty()) {
                problems.add(new RowProblem(number, "marketing.list.import.unknown-status", statusText));
                continue;
            }
            String idText = cell(row, idColumn);
            String email = cell(row, emailColumn);
            Long customerId = null;
            if (!idText.isBlank()) {
                customerId = parseId(idText).filter(onList::contains).orElse(null);
            } else if (!email.isBlank()) {
                customerId = byEmail.get(email.toLowerCase(Locale.ROOT));
            }
            if (customerId == null) {
                problems.add(new RowProblem(number, "marketing.list.import.not-on-list",
                        idText.isBlank() ? email : idText));
                continue;
            }
            changes.computeIfAbsent(status.get(), s -> new ArrayList<>()).add(customerId);
        }
        int changed = 0;
        for (var change : changes.entrySet()) {
            changed += members.setStatus(listId, change.getValue(), change.getKey());
        }
        return new Outcome(read, changed, List.copyOf(problems));
    }

    private Map<String, Long> emailsOf(Set<Long> customerIds) {
        Map<String, Long> byEmail = new HashMap<>();
        reach.contacts(customerIds).values().forEach(contact -> {
            if (contact.email() != null && !contact.email().isBlank()) {
                byEmail.putIfAbsent(contact.email().strip().toLowerCase(Locale.ROOT), contact.customerId());
            }
        });
        return byEmail;
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** Lower case, without accents or surrounding space: how headers and status words are compared. */
    static String word(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Map<String, TargetStatus> statusWords() {
        Map<String, TargetStatus> words = new HashMap<>();
        for (TargetStatus status : TargetStatus.values()) {
            words.put(word(status.name()), status);
        }
        words.putAll(Map.of("objetivo", TargetStatus.TARGETED, "seleccionado", TargetStatus.TARGETED,
                "contactado", TargetStatus.CONTACTED, "respondio", TargetStatus.RESPONDED,
                "respondido", TargetStatus.RESPONDED, "convertido", TargetStatus.CONVERTED,
                "baja", TargetStatus.UNSUBSCRIBED, "dado de baja", TargetStatus.UNSUBSCRIBED,
                "unsubscribe", TargetStatus.UNSUBSCRIBED));
        words.put("de baja", TargetStatus.UNSUBSCRIBED);
        words.put("answered", TargetStatus.RESPONDED);
        return Map.copyOf(words);
    }
}
