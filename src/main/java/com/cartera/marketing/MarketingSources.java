package com.cartera.marketing;

import java.util.List;
import java.util.Optional;

import com.cartera.customer.CustomerSource;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the workspace's catalogue of lead sources. Names only, so anyone in the workspace and jobs may ask; it
 * reads the workspace in scope.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class MarketingSources {

    private static final String COLUMNS = "select id, code, name, customer_source, archived from marketing_source";

    private final TenantSql sql;

    MarketingSources(TenantSql sql) {
        this.sql = sql;
    }

    /** Every source, archived ones included, in the catalogue's order. */
    public List<SourceInfo> all() {
        return sql.client().sql(COLUMNS + " order by position, id").query(SourceInfo.class).list();
    }

    public Optional<SourceInfo> find(long id) {
        return sql.client().sql(COLUMNS + " where id = :id").param("id", id).query(SourceInfo.class).optional();
    }

    /** The source a customer recorded with this source value is attributed to, if the catalogue maps it. */
    public Optional<SourceInfo> forCustomerSource(CustomerSource source) {
        return sql.client().sql(COLUMNS + " where customer_source = :source").param("source", source.name())
                .query(SourceInfo.class).optional();
    }
}
