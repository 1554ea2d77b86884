package com.cartera.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.PaymentMethod;
import com.cartera.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many purchases of one product each at once, for loading a purchase history from a spreadsheet.
 * Each batch is one insert into {@code purchase}, so the statement-level triggers recompute the figures of
 * the batch's customers once; the lines follow in one more statement.
 *
 * <p>No permission check here: imports run on background threads where nobody is signed in; the importer
 * checks the submitting person's rights when the job is submitted and passes whom it acts for.
 */
@Component
public class PurchaseBulkImport {

    /** One purchase of one product. */
    public record Row(long customerId, LocalDate purchasedOn, long productId, BigDecimal quantity, BigDecimal amount,
                      SalesChannel channel, PaymentMethod paymentMethod) {

        /** What makes two purchases the same one: customer, day and amount. */
        public String identity() {
            return customerId + "|" + purchasedOn + "|" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    PurchaseBulkImport(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * The products named (by SKU or by name, without case), creating those not in the catalogue under that
     * name with the given unit price.
     *
     * @param unitPrices product reference to the unit price of its first purchase in the file
     * @return product reference, lower case, to product id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Long> products(Map<String, BigDecimal> unitPrices) {
        if (unitPrices.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> wanted = new HashMap<>();
        unitPrices.forEach((reference, price) -> wanted.putIfAbsent(reference.toLowerCase(Locale.ROOT), price));
        return session().doReturningWork(connection -> {
            var ids = new HashMap<String, Long>();
            try (PreparedStatement find = connection.prepareStatement("select lower(sku), lower(name), id"
                    + " from product where lower(sku) = any(cast(? as text[])) or lower(name) = any(cast(? as text[]))"
                    + " order by id")) {
                var keys = connection.createArrayOf("text", wanted.keySet().toArray(String[]::new));
                find.setArray(1, keys);
                find.setArray(2, keys);
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(1) != null && wanted.containsKey(rows.getString(1))) {
                            ids.putIfAbsent(rows.getString(1), rows.getLong(3));
                        }
                        ids.putIfAbsent(rows.getString(2), rows.getLong(3));
                    }
                }
            }
            var missing = new ArrayList<String>();
            for (String key : wanted.keySet()) {
                if (!ids.containsKey(key)) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                var names = new ArrayList<String>();
                var prices = new ArrayList<BigDecimal>();
                unitPrices.forEach((reference, price) -> {
                    if (missing.contains(reference.toLowerCase(Locale.ROOT))
                            && names.stream().noneMatch(reference::equalsIgnoreCase)) {
                        names.add(reference);
                        prices.add(price.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP));
                    }
                });
                try (PreparedStatement create = connection.prepareStatement("insert into product (name, unit_price)"
                        + " select * from unnest(cast(? as text[]), cast(? as numeric[])) returning lower(name), id")) {
                    create.setArray(1, connection.createArrayOf("text", names.toArray(String[]::new)));
                    create.setArray(2, connection.createArrayOf("numeric", prices.toArray(BigDecimal[]::new)));
                    try (ResultSet rows = create.executeQuery()) {
                        while (rows.next()) {
                            ids.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                }
            }
            return ids;
        });
    }

    /** The {@link Row#identity() identities} of {@code rows} already stored as purchases. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> alreadyStored(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return session().doReturningWork(connection -> {
            var found = new HashSet<String>();
            try (PreparedStatement statement = connection.prepareStatement("select p.customer_id, p.purchased_on,"
                    + " p.total from purchase p join unnest(cast(? as bigint[]), cast(? as date[]))"
                    + " as u(customer_id, purchased_on) on p.customer_id = u.customer_id"
                    + " and p.purchased_on = u.purchased_on")) {
                statement.setArray(1, connection.createArrayOf("bigint",
                        rows.stream().map(Row::customerId).toArray(Long[]::new)));
                statement.setArray(2, connection.createArrayOf("date",
                        rows.stream().map(row -> java.sql.Date.valueOf(row.purchasedOn())).toArray()));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(result.getLong(1) + "|" + result.getDate(2).toLocalDate() + "|"
                                + result.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP).toPlainString());
                    }
                }
            }
            return found;
        });
    }

    /** Stores the purchases, each with its one line, as recorded by {@code actor}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int insert(List<Row> rows, UUID actor) {
        if (rows.isEmpty()) {
            return 0;
        }
        Set<Long> customerIds = new HashSet<>();
        rows.forEach(row -> customerIds.add(row.customerId()));
        events.publishEvent(new PurchasesChanged(TenantScope.require(), customerIds));
        return session().doReturningWork(connection -> {
            int size = rows.size();
            Long[] ids = new Long[size];
            try (PreparedStatement next = connection.prepareStatement(
                    "select nextval('purchase_seq') from generate_series(1, ?)")) {
                next.setInt(1, size);
                try (ResultSet result = next.executeQuery()) {
                    for (int i = 0; result.next(); i++) {
                        ids[i] = result.getLong(1);
                    }
                }
            }
            Long[] customers = new Long[size];
            String[] dates = new String[size];
            String[] channels = new String[size];
            String[] payments = new String[size];
            BigDecimal[] totals = new BigDecimal[size];
            Long[] products = new Long[size];
            BigDecimal[] quantities = new BigDecimal[size];
            BigDecimal[] unitPrices = new BigDecimal[size];
            for (int i = 0; i < size; i++) {
                Row row = rows.get(i);
                customers[i] = row.customerId();
                dates[i] = row.purchasedOn().toString();
                channels[i] = row.channel().name();
                payments[i] = row.paymentMethod() == null ? null : row.paymentMethod().name();
                totals[i] = row.amount().setScale(2, RoundingMode.HALF_UP);
                products[i] = row.productId();
                quantities[i] = row.quantity();
                unitPrices[i] = row.amount().divide(row.quantity(), 2, RoundingMode.HALF_UP);
            }
            try (PreparedStatement purchases = connection.prepareStatement("insert into purchase (id, customer_id,"
                    + " purchased_on, channel, payment_method, total, created_by) select id, customer_id,"
                    + " cast(purchased_on as date), channel, payment_method, total, cast(? as uuid)"
                    + " from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),"
                    + " cast(? as text[]), cast(? as numeric[]))"
                    + " as u(id, customer_id, purchased_on, channel, payment_method, total)")) {
                purchases.setString(1, actor.toString());
                purchases.setArray(2, connection.createArrayOf("bigint", ids));
                purchases.setArray(3, connection.createArrayOf("bigint", customers));
                purchases.setArray(4, connection.createArrayOf("text", dates));
                purchases.setArray(5, connection.createArrayOf("text", channels));
                purchases.setArray(6, connection.createArrayOf("text", payments));
                purchases.setArray(7, connection.createArrayOf("numeric", totals));
                purchases.executeUpdate();
            }
            try (PreparedStatement lines = connection.prepareStatement("insert into purchase_line (purchase_id,"
                    + " product_id, quantity, unit_price, amount) select * from unnest(cast(? as bigint[]),"
                    + " cast(? as bigint[]), cast(? as numeric[]), cast(? as numeric[]), cast(? as numeric[]))")) {
                lines.setArray(1, connection.createArrayOf("bigint", ids));
                lines.setArray(2, connection.createArrayOf("bigint", products));
                lines.setArray(3, connection.createArrayOf("numeric", quantities));
                lines.setArray(4, connection.createArrayOf("numeric", unitPrices));
                lines.setArray(5, connection.createArrayOf("numeric", totals));
                lines.executeUpdate();
            }
            return size;
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
