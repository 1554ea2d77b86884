package com.cartera.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's list of tax rates. Lines store the percentage itself, so renaming or archiving a rate never
 * changes an invoice already written; an archived rate is no longer offered. Finance and admin change the list.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TaxRateService {

    /** Longest name the table holds. */
    public static final int NAME_MAX = 40;

    private static final String COLUMNS = "select id, name, rate, is_default, archived, position from tax_rate";

    private final TenantSql sql;

    TaxRateService(TenantSql sql) {
        this.sql = sql;
    }

    /** The rates offered on new lines: not archived, the default first, then in their order. */
    public List<TaxRate> active() {
        return sql.client().sql(COLUMNS + " where not archived order by is_default desc, position, id")
                .query(TaxRate.class).list();
    }

    /** Every rate, archived ones too, in their order. */
    public List<TaxRate> all() {
        return sql.client().sql(COLUMNS + " order by position, id").query(TaxRate.class).list();
    }

    public Optional<TaxRate> find(long id) {
        return sql.client().sql(COLUMNS + " where id = :id").param("id", id).query(TaxRate.class).optional();
    }

    /** @throws FinanceRefusedException when the name is empty, too long or taken, or the rate outside 0–99.99 */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public TaxRate add(String name, BigDecimal rate) {
        String checked = checkedName(name);
        checkRate(rate);
        long id = unique(() -> sql.client().sql("""
                        insert into tax_rate (name, rate, position)
                        select :name, :rate, coalesce(max(position), 0) + 1 from tax_rate returning id""")
                .param("name", checked).param("rate", rate).query(Long.class).single());
        return find(id).orElseThrow();
    }

    /** @throws FinanceRefusedException when the name is empty, too long or taken, or the rate is gone */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void rename(long id, String name) {
        String checked = checkedName(name);
        changed(unique(() -> sql.client().sql("update tax_rate set name = :name where id = :id")
                .param("name", checked).param("id", id).update()));
    }

    /** @throws FinanceRefusedException when archiving the default rate (choose another default first) */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void archive(long id, boolean archived) {
        TaxRate rate = find(id).orElseThrow(() -> new FinanceRefusedException("name", "finance.tax.error.gone"));
        if (archived && rate.isDefault()) {
            throw new FinanceRefusedException("name", "finance.tax.error.archive-default");
        }
        changed(sql.client().sql("update tax_rate set archived = :archived where id = :id")
                .param("archived", archived).param("id", id).update());
    }

    /** @throws FinanceRefusedException when the rate is gone or archived */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void setDefault(long id) {
        TaxRate rate = find(id).orElseThrow(() -> new FinanceRefusedException("name", "finance.tax.error.gone"));
        if (rate.archived()) {
            throw new FinanceRefusedException("name", "finance.tax.error.archived");
        }
        sql.client().sql("update tax_rate set is_default = false where is_default and id <> :id")
                .param("id", id).update();
        sql.client().sql("update tax_rate set is_default = true where id = :id").param("id", id).update();
    }

    /** The active rate a line may carry. */
    TaxRate usable(Long id, String field) {
        return Optional.ofNullable(id).flatMap(this::find).filter(rate -> !rate.archived())
                .orElseThrow(() -> new FinanceRefusedException(field, "finance.invoice.error.tax-rate"));
    }

    private static void checkRate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0
                || rate.stripTrailingZeros().scale() > 2) {
            throw new FinanceRefusedException("rate", "finance.tax.error.rate");
        }
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new FinanceRefusedException("name", "finance.tax.error.name-required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new FinanceRefusedException("name", "finance.tax.error.name-too-long", NAME_MAX);
        }
        return stripped;
    }

    private static <T> T unique(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException taken) {
            throw new FinanceRefusedException("name", "finance.tax.error.name-taken");
        }
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new FinanceRefusedException("name", "finance.tax.error.gone");
        }
    }
}
