package com.cartera.support.webform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.cartera.tenancy.TenantSql;

/**
 * The form's settings in the workspace in scope (tables {@code support_form_settings}, {@code
 * support_form_category}) and the ticket categories it may offer. Runs in the caller's transaction; callers check
 * who may call them.
 */
@Component
class WebFormStore {

    private record Row(boolean enabled, String intro, long version) {
    }

    private final TenantSql sql;

    WebFormStore(TenantSql sql) {
        this.sql = sql;
    }

    FormSettings settings() {
        var client = sql.client();
        Row row = client.sql("select enabled, intro, version from support_form_settings where id = 1")
                .query(Row.class).optional().orElse(new Row(false, null, 0));
        Set<Long> offered = new HashSet<>(client.sql("select category_id from support_form_category")
                .query(Long.class).list());
        return new FormSettings(row.enabled(), row.intro(), offered, row.version());
    }

    /** The workspace's categories in use, in their order. */
    List<FormCategory> categories() {
        return sql.client().sql("""
                        select id, name from ticket_category where not archived order by position, name, id""")
                .query(FormCategory.class).list();
    }

    /** The categories the form offers that are still in use, in their order. */
    List<FormCategory> offeredCategories() {
        return sql.client().sql("""
                        select c.id, c.name from ticket_category c join support_form_category o on o.category_id = c.id
                        where not c.archived order by c.position, c.name, c.id""")
                .query(FormCategory.class).list();
    }

    /**
     * Stores the settings if nobody saved them since version {@code expectedVersion} was read.
     *
     * @return false when someone did (nothing is written)
     */
    boolean save(boolean enabled, String intro, Set<Long> categoryIds, long expectedVersion, Instant now,
                 UUID by) {
        var client = sql.client();
        int written = client.sql("""
                        insert into support_form_settings as s (id, enabled, intro, updated_at, updated_by, version)
                        values (1, :enabled, :intro, :now, :by, 1)
                        on conflict (id) do update set enabled = excluded.enabled, intro = excluded.intro,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = s.version + 1
                        where s.version = :expected""")
                .param("enabled", enabled).param("intro", intro).param("now", Timestamp.from(now)).param("by", by)
                .param("expected", expectedVersion)
                .update();
        if (written == 0) {
            return false;
        }
        client.sql("delete from support_form_category").update();
        for (Long categoryId : categoryIds) {
            client.sql("""
                            insert into support_form_category (category_id)
                            select id from ticket_category where id = :id and not archived""")
                    .param("id", categoryId).update();
        }
        return true;
    }
}
