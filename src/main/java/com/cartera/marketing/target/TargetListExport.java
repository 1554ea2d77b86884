package com.cartera.marketing.target;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.cartera.customer.CustomerKind;
import com.cartera.customer.MarketingReach;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target list as a file a mailing tool takes: one row per member with the column names such tools recognise
 * (email, first_name, last_name, name, company, phone, language, status). Consent is checked again as the file is
 * written: a member who withdrew it since the list was built, or whose record is gone, is left out.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class TargetListExport {

    /** The file's format. */
    public enum Format {
        XLSX, CSV
    }

    static final List<String> HEADER = List.of("email", "first_name", "last_name", "name", "company", "phone",
            "language", "status");

    private static final int PAGE = 5_000;
    private static final Pattern PHONE = Pattern.compile("\\+[0-9 ()./-]+");

    private final TenantSql sql;
    private final MarketingReach reach;

    TargetListExport(TenantSql sql, MarketingReach reach) {
        this.sql = sql;
        this.reach = reach;
    }

    /**
     * Writes the list's members in {@code format} to {@code out}; {@code locale}'s language fills the language
     * column (the language the campaign is sent in). Returns how many rows were written.
     */
    public int write(long listId, Format format, OutputStream out, Locale locale) {
        try {
            return format == Format.CSV ? csv(listId, out, locale) : xlsx(listId, out, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int csv(long listId, OutputStream out, Locale locale) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(csvLine(HEADER));
        int written = forEachRow(listId, locale, row -> {
            try {
                writer.write(csvLine(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
        return written;
    }

    private int xlsx(long listId, OutputStream out, Locale locale) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("list");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            int[] next = {1};
            int written = forEachRow(listId, locale, values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(neutralised(values.get(i)));
                }
            });
            workbook.write(out);
            return written;
        }
    }

    private int forEachRow(long listId, Locale locale, Consumer<List<String>> sink) {
        int written = 0;
        long after = -1;
        while (true) {
            record Member(long customerId, String status) {
            }
            List<Member> page = sql.client().sql("""
                            select customer_id, status from target_list_member
                            where list_id = :list and customer_id > :after order by customer_id limit :limit""")
                    .param("list", listId).param("after", after).param("limit", PAGE)
                    .query(Member.class).list();
            if (page.isEmpty()) {
                return written;
            }
            after = page.getLast().customerId();
            Map<Long, MarketingReach.Contact> contacts = reach.contacts(page.stream().map(Member::customerId).toList());
            for (Member member : page) {
                MarketingReach.Contact contact = contacts.get(member.customerId());
                if (contact == null || !contact.consent() || !contact.live()) {
                    continue;
                }
                sink.accept(values(contact, member.status(), locale));
                written++;
            }
        }
    }

    private static List<String> values(MarketingReach.Contact contact, String status, Locale locale) {
        String name = blankless(contact.name());
        boolean company = contact.kind() == CustomerKind.COMPANY;
        String first = "";
        String last = "";
        if (!company) {
            int space = name.indexOf(' ');
            first = space < 0 ? name : name.substring(0, space);
            last = space < 0 ? "" : name.substring(space + 1).strip();
        }
        List<String> values = new ArrayList<>(HEADER.size());
        values.add(blankless(contact.email()));
        values.add(first);
        values.add(last);
        values.add(name);
        values.add(company ? name : "");
        values.add(blankless(contact.phone()));
        values.add(locale.getLanguage());
        values.add(status.toLowerCase(Locale.ROOT));
        return values;
    }

    private static String csvLine(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = neutralised(values.get(i));
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }

    /**
     * A leading {@code = + - @}, tab or carriage return gets an apostrophe, against formula injection; a phone number
     * in international form ({@code +34 600 000 001}) calls no function and stays as it is.
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !PHONE.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    private static String blankless(String text) {
        return text == null ? "" : text.strip();
    }
}
