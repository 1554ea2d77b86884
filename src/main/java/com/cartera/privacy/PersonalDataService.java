package com.cartera.privacy;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.cartera.customer.AuditTrail;
import com.cartera.customer.PersonalDataHolder;
import com.cartera.customer.PersonalDataSheet;
import com.cartera.customer.PersonalDataSubject;
import com.cartera.customer.PersonalDataSubjects;
import com.cartera.importexport.SpreadsheetTables;
import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's right of access and right to erasure, for admins: everything the workspace holds about one
 * customer as a workbook, and the erasure of it across every module. Both are recorded in the audit trail.
 */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class PersonalDataService {

    static final String EXPORTED = "PERSONAL_DATA_EXPORTED";

    private final List<PersonalDataHolder> holders;
    private final PersonalDataSubjects subjects;
    private final Erasure erasure;
    private final AuditTrail auditTrail;
    private final I18NProvider i18n;
    private final Clock clock;

    PersonalDataService(ObjectProvider<PersonalDataHolder> holders, PersonalDataSubjects subjects, Erasure erasure,
                        AuditTrail auditTrail, I18NProvider i18n, Clock clock) {
        // The customer's own sheets first, then the other modules' in their order.
        this.holders = holders.orderedStream()
                .sorted(Comparator.comparing(holder -> !holder.area().equals("customer"))).toList();
        this.subjects = subjects;
        this.erasure = erasure;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** "datos-personales-12-2026-03-01.xlsx". */
    public String fileName(long customerId, Locale locale) {
        return i18n.getTranslation("privacy.export.file", locale) + "-" + customerId + "-" + LocalDate.now(clock)
                + ".xlsx";
    }

    /**
     * Writes everything held about the customer (and the customers merged into it) to {@code out}: one sheet
     * per table, with the database's own column names.
     *
     * @throws NoSuchElementException when there is no such customer (live or in the bin)
     */
    @Transactional
    public void export(long customerId, OutputStream out, Locale locale) {
        PersonalDataSubject subject = subject(customerId);
        List<SpreadsheetTables.Table> tables = new ArrayList<>();
        int rows = 0;
        for (PersonalDataHolder holder : holders) {
            for (PersonalDataSheet sheet : holder.export(subject)) {
                tables.add(new SpreadsheetTables.Table(i18n.getTranslation(sheet.titleKey(), locale), sheet.columns(),
                        sheet.rows()));
                rows += sheet.rows().size();
            }
        }
        auditTrail.record(EXPORTED, customerId, Map.of("customers", subject.customerIds(), "sheets", tables.size(),
                "rows", rows));
        SpreadsheetTables.write(tables, out, locale);
    }

    /**
     * Erases the customer's personal data (and that of the customers merged into it) from every module, all or
     * nothing: see each {@link PersonalDataHolder} for what is anonymised and what deleted.
     *
     * @throws NoSuchElementException when there is no such customer (live or in the bin)
     */
    @Transactional
    public ErasureReport erase(long customerId) {
        return erasure.erase(subject(customerId), "REQUEST");
    }

    private PersonalDataSubject subject(long customerId) {
        return subjects.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
    }
}
