package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** SQL on {@code product_cost} of the workspace in scope; the caller holds the transaction and checks who asks. */
@Component
class ProductCostSql {

    private static final String COLUMNS = "product_id, valid_from, unit_cost, set_by, set_at";

    private final TenantSql sql;

    ProductCostSql(TenantSql sql) {
        this.sql = sql;
    }

    ProductCost upsert(long productId, LocalDate validFrom, BigDecimal unitCost, UUID setBy) {
        return sql.client().sql("""
                        insert into product_cost (product_id, valid_from, unit_cost, set_by, set_at)
                        values (:product, :from, :cost, :by, now())
                        on conflict (product_id, valid_from)
                            do update set unit_cost = excluded.unit_cost, set_by = excluded.set_by, set_at = now()
                        returning\s""" + COLUMNS)
                .param("product", productId).param("from", validFrom).param("cost", unitCost).param("by", setBy)
                .query(ProductCost.class).single();
    }

    List<ProductCost> history(long productId) {
        return sql.client().sql("select " + COLUMNS + " from product_cost where product_id = :product"
                        + " order by valid_from desc")
                .param("product", productId)
                .query(ProductCost.class).list();
    }

    Optional<ProductCost> inForce(long productId, LocalDate day) {
        return sql.client().sql("select " + COLUMNS + " from product_cost where product_id = :product"
                        + " and valid_from <= :day order by valid_from desc limit 1")
                .param("product", productId).param("day", day)
                .query(ProductCost.class).optional();
    }

    Map<Long, BigDecimal> inForce(Collection<Long> productIds, LocalDate day) {
        var costs = new HashMap<Long, BigDecimal>();
        if (productIds.isEmpty()) {
            return costs;
        }
        sql.client().sql("""
                        select distinct on (product_id) product_id, unit_cost from product_cost
                        where product_id = any (cast(:ids as bigint[])) and valid_from <= :day
                        order by product_id, valid_from desc""")
                .param("ids", new SqlArrayValue("bigint", productIds.toArray())).param("day", day)
                .query(rows -> {
                    costs.put(rows.getLong(1), rows.getBigDecimal(2));
                });
        return costs;
    }
}
