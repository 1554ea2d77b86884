package com.cartera.finance;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's finance settings (one row). Finance, admin, management and sales read them (sales sees a
 * customer's terms on the customer page); finance and admin change them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class FinanceSettingsService {

    private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*");

    private final TenantSql sql;

    FinanceSettingsService(TenantSql sql) {
        this.sql = sql;
    }

    public FinanceSettings current() {
        return sql.client().sql("""
                        select default_terms_days, default_credit_limit, invoice_prefix, next_invoice_number,
                               credit_note_prefix, next_credit_note_number, risk_watch_days, risk_high_days,
                               risk_late_share, version
                        from finance_settings where id = 1""")
                .query(FinanceSettings.class).single();
    }

    /**
     * Saves every field of {@code edited}, if nobody saved since {@code edited.version()}.
     *
     * @throws FinanceRefusedException naming the first field out of its limits
     * @throws ObjectOptimisticLockingFailureException when someone else saved the settings meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public FinanceSettings update(FinanceSettings edited) {
        check(edited);
        int updated = sql.client().sql("""
                        update finance_settings set default_terms_days = :terms, default_credit_limit = :limit,
                               invoice_prefix = :invoicePrefix, next_invoice_number = :nextInvoice,
                               credit_note_prefix = :creditPrefix, next_credit_note_number = :nextCredit,
                               risk_watch_days = :watch, risk_high_days = :high, risk_late_share = :share,
                               version = version + 1
                        where id = 1 and version = :version""")
                .param("terms", edited.defaultTermsDays())
                .param("limit", edited.defaultCreditLimit())
                .param("invoicePrefix", edited.invoicePrefix().strip())
                .param("nextInvoice", edited.nextInvoiceNumber())
                .param("creditPrefix", edited.creditNotePrefix().strip())
                .param("nextCredit", edited.nextCreditNoteNumber())
                .param("watch", edited.riskWatchDays())
                .param("high", edited.riskHighDays())
                .param("share", edited.riskLateShare())
                .param("version", edited.version())
                .update();
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException(FinanceSettings.class, 1);
        }
        return current();
    }

    private static void check(FinanceSettings edited) {
        if (edited.defaultTermsDays() < 0 || edited.defaultTermsDays() > 365) {
            throw new FinanceRefusedException("defaultTermsDays", "finance.error.terms-days", 365);
        }
        if (edited.defaultCreditLimit() != null && edited.defaultCreditLimit().signum() < 0) {
            throw new FinanceRefusedException("defaultCreditLimit", "finance.error.credit-limit");
        }
        checkPrefix("invoicePrefix", edited.invoicePrefix());
        checkPrefix("creditNotePrefix", edited.creditNotePrefix());
        if (edited.nextInvoiceNumber() < 1) {
            throw new FinanceRefusedException("nextInvoiceNumber", "finance.error.next-number");
        }
        if (edited.nextCreditNoteNumber() < 1) {
            throw new FinanceRefusedException("nextCreditNoteNumber", "finance.error.next-number");
        }
        if (edited.riskWatchDays() < 1 || edited.riskWatchDays() > 365) {
            throw new FinanceRefusedException("riskWatchDays", "finance.error.risk-watch-days", 365);
        }
        if (edited.riskHighDays() <= edited.riskWatchDays() || edited.riskHighDays() > 3650) {
            throw new FinanceRefusedException("riskHighDays", "finance.error.risk-high-days", edited.riskWatchDays());
        }
        BigDecimal share = edited.riskLateShare();
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0
                || share.stripTrailingZeros().scale() > 2) {
            throw new FinanceRefusedException("riskLateShare", "finance.error.risk-late-share");
        }
    }

    private static void checkPrefix(String field, String prefix) {
        String stripped = prefix == null ? "" : prefix.strip();
        if (stripped.isEmpty() || stripped.length() > FinanceSettings.PREFIX_MAX
                || !PREFIX.matcher(stripped).matches()) {
            throw new FinanceRefusedException(field, "finance.error.prefix", FinanceSettings.PREFIX_MAX);
        }
    }
}
