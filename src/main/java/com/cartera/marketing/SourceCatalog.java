package com.cartera.marketing;

import java.util.ArrayList;
import java.util.List;

import com.cartera.customer.CustomerSource;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the workspace's catalogue of lead sources: adds, renames, reorders, archives and restores them, and maps
 * a customer-record source value to one. Reading is {@link MarketingSources}. An archived source stays on the
 * campaigns and spend that name it but is not offered for new ones.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class SourceCatalog {

    /** Longest name the table holds. */
    public static final int NAME_MAX = 80;

    private final TenantSql sql;
    private final MarketingSources sources;

    SourceCatalog(TenantSql sql, MarketingSources sources) {
        this.sql = sql;
        this.sources = sources;
    }

    /**
     * Adds a source at the end of the catalogue.
     *
     * @throws MarketingRefusedException naming {@code name} when it is blank, too long or taken (ignoring case)
     */
    public SourceInfo add(String name) {
        String checked = checkedName(name, null);
        long id = sql.client().sql("""
                        insert into marketing_source (name, position)
                        select :name, coalesce(max(position), 0) + 1 from marketing_source returning id""")
                .param("name", checked).query(Long.class).single();
        return sources.find(id).orElseThrow();
    }

    /**
     * Gives a source the workspace's own name; a built-in one keeps its code.
     *
     * @throws MarketingRefusedException naming {@code name} when it is blank, too long or taken (ignoring case)
     */
    public SourceInfo rename(long id, String name) {
        existing(id);
        String checked = checkedName(name, id);
        sql.client().sql("update marketing_source set name = :name where id = :id").param("name", checked)
                .param("id", id).update();
        return sources.find(id).orElseThrow();
    }

    /** Moves a source one place up ({@code -1}) or down ({@code +1}) in the catalogue's order. */
    public List<SourceInfo> move(long id, int step) {
        existing(id);
        List<SourceInfo> order = new ArrayList<>(sources.all());
        int from = indexOf(order, id);
        int to = Math.clamp(from + (long) Integer.signum(step), 0, order.size() - 1);
        order.add(to, order.remove(from));
        for (int position = 0; position < order.size(); position++) {
            sql.client().sql("update marketing_source set position = :position where id = :id")
                    .param("position", position + 1).param("id", order.get(position).id()).update();
        }
        return sources.all();
    }

    public SourceInfo archive(long id, boolean archived) {
        existing(id);
        sql.client().sql("update marketing_source set archived = :archived where id = :id")
                .param("archived", archived).param("id", id).update();
        return sources.find(id).orElseThrow();
    }

    /**
     * Makes customers recorded with {@code customerSource} count for this source (null: none). A value maps to one
     * source only.
     *
     * @throws MarketingRefusedException naming {@code customerSource} when another source has that value
     */
    public SourceInfo mapCustomerSource(long id, CustomerSource customerSource) {
        existing(id);
        if (customerSource != null) {
            var holder = sources.forCustomerSource(customerSource);
            if (holder.isPresent() && holder.get().id() != id) {
                throw new MarketingRefusedException("customerSource", "marketing.source.customer-source.taken");
            }
        }
        sql.client().sql("update marketing_source set customer_source = :value where id = :id")
                .param("value", customerSource == null ? null : customerSource.name()).param("id", id).update();
        return sources.find(id).orElseThrow();
    }

    private SourceInfo existing(long id) {
        return sources.find(id)
                .orElseThrow(() -> new MarketingRefusedException("source", "marketing.source.not-found"));
    }

    private String checkedName(String name, Long self) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new MarketingRefusedException("name", "marketing.source.name.required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new MarketingRefusedException("name", "marketing.source.name.too-long", NAME_MAX);
        }
        boolean taken = sql.client().sql("""
                        select exists (select 1 from marketing_source
                                       where lower(name) = lower(:name) and id <> coalesce(:self, -1))""")
                .param("name", stripped).param("self", self).query(Boolean.class).single();
        if (taken) {
            throw new MarketingRefusedException("name", "marketing.source.name.taken", stripped);
        }
        return stripped;
    }

    private static int indexOf(List<SourceInfo> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("No source " + id);
    }
}
