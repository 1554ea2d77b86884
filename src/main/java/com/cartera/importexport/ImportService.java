package com.cartera.importexport;

import java.io.File;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet imports for the signed-in person: look at a file, check a mapping on its first rows, submit
 * it as a background job, follow and cancel jobs, download their error reports. Admins import customers and
 * purchases; marketing imports customers as leads only. Rights are checked here, at submission, because
 * the job itself runs where nobody is signed in.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.FINANCE})
public class ImportService {

    private static final int RECENT_JOBS = 20;

    private final ImportInspector inspector;
    private final FileInspections inspections;
    private final ImportRunner runner;
    private final ImportJobStore store;
    private final ImportJobRepository jobs;
    private final ErrorReport errorReport;
    private final CurrentUser currentUser;
    private final CustomerPermissions permissions;
    private final TeamDirectory teamDirectory;
    private final Validator validator;
    private final Clock clock;
    private final Duration lease;

    ImportService(ImportInspector inspector, FileInspections inspections, ImportRunner runner, ImportJobStore store,
                  ImportJobRepository jobs, ErrorReport errorReport, CurrentUser currentUser,
                  CustomerPermissions permissions, TeamDirectory teamDirectory, Validator validator, Clock clock,
                  ImportProperties properties) {
        this.inspector = inspector;
        this.inspections = inspections;
        this.runner = runner;
        this.store = store;
        this.jobs = jobs;
        this.errorReport = errorReport;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.teamDirectory = teamDirectory;
        this.validator = validator;
        this.clock = clock;
        this.lease = properties.lease();
    }

    /**
     * Opens an uploaded file to list its sheets.
     *
     * @throws ImportProblem when it is not a spreadsheet that can be read, saying why
     */
    public ImportFile open(File file, String fileName) {
        return inspector.open(file, fileName);
    }

    /**
     * Reads a sheet once through (refusing it beyond the row limit) and shows its header and first rows.
     *
     * @param headerRow 0-based header row, or null to detect it
     */
    public SheetPreview preview(ImportFile file, int sheet, Integer headerRow, ImportKind kind) {
        return inspector.preview(file, sheet, headerRow, kind);
    }

    /**
     * Opens an uploaded file and previews its first sheet in the background; the wizard follows the reading.
     *
     * @throws ImportProblem when too many files are being read already
     */
    public Inspection inspect(File file, String fileName, ImportKind kind) {
        return inspections.open(file, fileName, kind);
    }

    /**
     * Previews a sheet of an opened file in the background, with the header row the person chose (null to
     * detect it).
     *
     * @throws ImportProblem when too many files are being read already
     */
    public Inspection inspect(ImportFile file, int sheet, Integer headerRow, ImportKind kind) {
        return inspections.preview(file, sheet, headerRow, kind);
    }

    /** What is wrong in each preview row under {@code mapping}, by row number; rows without problems are absent. */
    public Map<Integer, List<CellError>> check(SheetPreview preview, ImportKind kind, ColumnMapping mapping) {
        var problems = new HashMap<Integer, List<CellError>>();
        if (kind == ImportKind.CUSTOMERS) {
            var rows = new CustomerRows(mapping, preview.date1904(), validator, owners());
            for (var row : preview.rows()) {
                var parsed = rows.read(row.row(), row.cells().toArray(String[]::new));
                if (!parsed.valid()) {
                    problems.put(row.row(), parsed.errors());
                }
            }
        } else if (kind == ImportKind.INVOICES) {
            var rows = new InvoiceRows(mapping, preview.date1904());
            for (var row : preview.rows()) {
                var parsed = rows.read(row.row(), row.cells().toArray(String[]::new));
                if (!parsed.valid()) {
                    problems.put(row.row(), parsed.errors());
                }
            }
        } else if (kind == ImportKind.PAYMENTS) {
            var rows = new PaymentRows(mapping, preview.date1904());
            for (var row : preview.rows()) {
                var parsed = rows.read(row.row(), row.cells().toArray(String[]::new));
                if (!parsed.valid()) {
                    problems.put(row.row(), parsed.errors());
                }
            }
        } else if (kind == ImportKind.SPEND) {
            var rows = new SpendRows(mapping, preview.date1904());
            for (var row : preview.rows()) {
                var parsed = rows.read(row.row(), row.cells().toArray(String[]::new));
                if (!parsed.valid()) {
                    problems.put(row.row(), parsed.errors());
                }
            }
        } else {
            var rows = new PurchaseRows(mapping, preview.date1904());
            for (var row : preview.rows()) {
                var parsed = rows.read(row.row(), row.cells().toArray(String[]::new));
                if (!parsed.valid()) {
                    problems.put(row.row(), parsed.errors());
                }
            }
        }
        return problems;
    }

    /**
     * Starts importing in the background.
     *
     * @return the job's id
     * @throws ImportProblem         when the mapping misses a field the mode needs, or too many imports wait
     * @throws AccessDeniedException when the signed-in person may not import this
     */
    public long submit(ImportFile file, SheetPreview sheet, ImportKind kind, ColumnMapping mapping, ImportMode mode,
                       MatchKey matchKey) {
        SignedInUser user = currentUser.require();
        boolean admin = user.hasRole(Role.ADMIN);
        // Finance imports invoices and payments; marketing the rest, within the rule below.
        boolean financeKind = kind == ImportKind.INVOICES || kind == ImportKind.PAYMENTS;
        if (!admin && !user.hasRole(financeKind ? Role.FINANCE : Role.MARKETING)) {
            throw new AccessDeniedException("Invoices and payments are imported by finance, the rest by marketing");
        }
        // Marketing imports its own spend, and customers only as leads without owners.
        if (!admin && !financeKind && kind != ImportKind.SPEND && (kind != ImportKind.CUSTOMERS
                || mapping.has(ImportField.OWNER) || !permissions.canCreate(LifecycleStage.LEAD))) {
            throw new AccessDeniedException("Marketing imports customers as leads only, without owners");
        }
        requireComplete(kind, mapping, mode, matchKey);
        var request = new ImportRequest(TenantScope.require(), user.userId(), file, sheet, kind, mapping,
                kind == ImportKind.CUSTOMERS ? mode : ImportMode.CREATE_ONLY,
                kind == ImportKind.CUSTOMERS && mode != ImportMode.CREATE_ONLY ? matchKey : null, !admin, owners());
        long jobId = store.create(request, user.userId(), runner.instanceId(), clock.instant());
        try {
            runner.submit(request, jobId);
        } catch (ImportProblem busy) {
            store.finish(jobId, ImportStatus.FAILED, busy.key(), busy.args());
            throw busy;
        }
        return jobId;
    }

    private static void requireComplete(ImportKind kind, ColumnMapping mapping, ImportMode mode, MatchKey matchKey) {
        if (kind == ImportKind.SPEND) {
            for (ImportField required : List.of(ImportField.SPENT_ON, ImportField.SPEND_AMOUNT,
                    ImportField.SPEND_CATEGORY)) {
                if (!mapping.has(required)) {
                    throw new ImportProblem("import.mapping.required", required.labelKey());
                }
            }
            if (!mapping.has(ImportField.SPEND_CAMPAIGN) && !mapping.has(ImportField.SPEND_SOURCE)) {
                throw new ImportProblem("import.mapping.spend-target-required");
            }
            return;
        }
        if (kind == ImportKind.INVOICES || kind == ImportKind.PAYMENTS) {
            List<ImportField> required = kind == ImportKind.INVOICES
                    ? List.of(ImportField.INVOICE_NUMBER, ImportField.INVOICE_CUSTOMER, ImportField.INVOICE_ISSUED_ON,
                            ImportField.INVOICE_UNIT_PRICE, ImportField.INVOICE_TAX_RATE)
                    : List.of(ImportField.PAYMENT_RECEIVED_ON, ImportField.PAYMENT_CUSTOMER,
                            ImportField.PAYMENT_AMOUNT, ImportField.PAYMENT_REFERENCE);
            for (ImportField field : required) {
                if (!mapping.has(field)) {
                    throw new ImportProblem("import.mapping.required", field.labelKey());
                }
            }
            if (kind == ImportKind.INVOICES && !mapping.has(ImportField.INVOICE_DESCRIPTION)
                    && !mapping.has(ImportField.INVOICE_SKU)) {
                throw new ImportProblem("import.mapping.required", ImportField.INVOICE_DESCRIPTION.labelKey());
            }
            return;
        }
        if (kind == ImportKind.PURCHASES) {
            if (!mapping.has(ImportField.CUSTOMER_EMAIL) && !mapping.has(ImportField.CUSTOMER_TAX_ID)
                    && !mapping.has(ImportField.CUSTOMER_EXTERNAL_ID)) {
                throw new ImportProblem("import.mapping.customer-required");
            }
            for (ImportField required : List.of(ImportField.PURCHASED_ON, ImportField.PRODUCT, ImportField.AMOUNT)) {
                if (!mapping.has(required)) {
                    throw new ImportProblem("import.mapping.required", required.labelKey());
                }
            }
            return;
        }
        if (mode != ImportMode.UPDATE_MATCHING && !mapping.has(ImportField.NAME)
                && !mapping.has(ImportField.FIRST_NAME) && !mapping.has(ImportField.LAST_NAME)) {
            throw new ImportProblem("import.mapping.required", ImportField.NAME.labelKey());
        }
        if (mode != ImportMode.CREATE_ONLY) {
            if (matchKey == null) {
                throw new ImportProblem("import.mapping.match-key-required");
            }
            ImportField keyField = ImportField.valueOf(matchKey.name());
            if (!mapping.has(keyField)) {
                throw new ImportProblem("import.mapping.required", keyField.labelKey());
            }
        }
    }

    /** A job of the workspace the signed-in person may follow: admins follow all, others their own. */
    public Optional<ImportJob> job(long jobId) {
        SignedInUser user = currentUser.require();
        return jobs.findById(jobId)
                .filter(job -> user.hasRole(Role.ADMIN) || job.getSubmittedBy().equals(user.userId()))
                .map(this::withInterruption);
    }

    /** The latest jobs the signed-in person may follow, newest first. */
    public List<ImportJob> recentJobs() {
        SignedInUser user = currentUser.require();
        List<ImportJob> recent = user.hasRole(Role.ADMIN)
                ? jobs.findByOrderBySubmittedAtDescIdDesc(Limit.of(RECENT_JOBS))
                : jobs.findBySubmittedByOrderBySubmittedAtDescIdDesc(user.userId(), Limit.of(RECENT_JOBS));
        return recent.stream().map(this::withInterruption).toList();
    }

    /**
     * A job left queued or running by an instance that stopped will never finish: say so once its lease has run
     * out. A job another instance holds is left alone as long as that instance renews its lease; so is one this
     * instance has just created and not yet queued.
     */
    private ImportJob withInterruption(ImportJob job) {
        if (job.getStatus().finished() || runner.isActive(TenantScope.require(), job.getId())) {
            return job;
        }
        store.interruptIfExpired(job.getId(), clock.instant().minus(lease));
        return jobs.findById(job.getId()).orElseThrow();
    }

    public List<ImportBatch> batches(long jobId) {
        return job(jobId).map(job -> store.batches(jobId)).orElse(List.of());
    }

    public void cancel(long jobId) {
        job(jobId).ifPresent(job -> store.requestCancel(jobId));
    }

    /** Writes the job's refused and skipped rows, with their original cells and the reasons, as an .xlsx. */
    public void writeErrorReport(long jobId, OutputStream out, Locale locale) {
        job(jobId).orElseThrow(() -> new AccessDeniedException("Not your import job " + jobId));
        errorReport.write(jobId, out, locale);
    }

    /** Team members by e-mail and by display name, compared without case or accents. */
    private Map<String, UUID> owners() {
        var owners = new HashMap<String, UUID>();
        for (TeamMember member : teamDirectory.activeMembers()) {
            owners.put(CellValues.plain(member.getEmail()), member.getUserId());
            owners.putIfAbsent(CellValues.plain(member.getDisplayName()), member.getUserId());
        }
        return owners;
    }
}
