package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes invoice rows and their lines in the caller's transaction. Open amount, status and settlement
 * are left to {@link ReceivableLedger} once a document is issued.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvoiceStore {

    private record Header(long id, String number, InvoiceKind kind, Long creditedInvoiceId, long customerId,
                          InvoiceStatus status, LocalDate issuedOn, LocalDate dueOn, String currency,
                          BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total, BigDecimal openAmount,
                          LocalDate settledOn, DocumentOrigin origin, String notes, long version) {
    }

    /** A document's header fields to write. */
    record Written(String number, InvoiceKind kind, Long creditedInvoiceId, long customerId, InvoiceStatus status,
                   LocalDate issuedOn, LocalDate dueOn, String currency, DocumentOrigin origin, String notes) {
    }

    private static final String HEADER = """
            select id, number, kind, credited_invoice_id, customer_id, status, issued_on, due_on, currency, subtotal,
                   tax_total, total, open_amount, settled_on, origin, notes, version
            from invoice""";

    private final TenantSql sql;
    private final Clock clock;

    InvoiceStore(TenantSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    Optional<Invoice> find(long id, boolean lock) {
        return sql.client().sql(HEADER + " where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(Header.class).optional().map(this::withDetails);
    }

    List<Invoice> creditNotesOf(long invoiceId) {
        return sql.client().sql(HEADER + " where credited_invoice_id = :id order by issued_on, id")
                .param("id", invoiceId).query(Header.class).list().stream().map(this::withDetails).toList();
    }

    List<LedgerMovement> movements(long invoiceId) {
        return sql.client().sql("""
                        select kind, booked_on, amount from receivable_entry
                        where invoice_id = :id order by booked_on, id""")
                .param("id", invoiceId).query(LedgerMovement.class).list();
    }

    long insert(Written header, UUID by) {
        return sql.client().sql("""
                        insert into invoice (number, kind, credited_invoice_id, customer_id, status, issued_on,
                                             due_on, settled_on, currency, origin, notes, created_at, created_by,
                                             updated_at, updated_by)
                        values (:number, :kind, :credited, :customer, :status, :issued, :due, :settled, :currency,
                                :origin, :notes, :now, :by, :now, :by)
                        returning id""")
                .param("number", header.number()).param("kind", header.kind().name())
                .param("credited", header.creditedInvoiceId()).param("customer", header.customerId())
                .param("status", header.status().name()).param("issued", header.issuedOn())
                .param("due", header.dueOn())
                .param("settled", header.status() == InvoiceStatus.DRAFT ? null : header.issuedOn())
                .param("currency", header.currency()).param("origin", header.origin().name())
                .param("notes", header.notes()).param("now", now()).param("by", by)
                .query(Long.class).single();
    }

    /** Rewrites a draft's header; false when its version is no longer {@code expectedVersion}. */
    boolean updateDraft(long id, long expectedVersion, String number, LocalDate issuedOn, LocalDate dueOn,
                        String notes, UUID by) {
        return sql.client().sql("""
                        update invoice set number = :number, issued_on = :issued, due_on = :due, notes = :notes,
                               updated_at = :now, updated_by = :by, version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'""")
                .param("number", number).param("issued", issuedOn).param("due", dueOn).param("notes", notes)
                .param("now", now()).param("by", by).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    /** Replaces the lines and the totals that follow from them. */
    void writeLines(long invoiceId, List<InvoiceLineDraft> lines, List<BigDecimal> rates) {
        InvoiceTotals totals = InvoiceTotals.of(java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> new InvoiceTotals.LineInput(lines.get(i).quantity(), lines.get(i).unitPrice(),
                        lines.get(i).discountPercent(), rates.get(i)))
                .toList());
        sql.client().sql("delete from invoice_line where invoice_id = :id").param("id", invoiceId).update();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLineDraft line = lines.get(i);
            sql.client().sql("""
                            insert into invoice_line (invoice_id, position, product_id, description, quantity,
                                                      unit_price, discount_percent, tax_rate, net, tax)
                            values (:invoice, :position, :product, :description, :quantity, :price, :discount,
                                    :rate, :net, :tax)""")
                    .param("invoice", invoiceId).param("position", i + 1).param("product", line.productId())
                    .param("description", line.description()).param("quantity", line.quantity())
                    .param("price", line.unitPrice()).param("discount", line.discountPercent())
                    .param("rate", rates.get(i)).param("net", totals.lines().get(i).net())
                    .param("tax", totals.lines().get(i).tax())
                    .update();
        }
        sql.client().sql("update invoice set subtotal = :subtotal, tax_total = :tax, total = :total where id = :id")
                .param("subtotal", totals.subtotal()).param("tax", totals.taxTotal()).param("total", totals.total())
                .param("id", invoiceId).update();
    }

    void number(long id, String number, LocalDate issuedOn, LocalDate dueOn) {
        sql.client().sql("update invoice set number = :number, issued_on = :issued, due_on = :due,"
                        + " version = version + 1, updated_at = :now where id = :id")
                .param("number", number).param("issued", issuedOn).param("due", dueOn).param("now", now())
                .param("id", id).update();
    }

    void billPurchases(long invoiceId, List<Long> purchaseIds) {
        for (Long purchaseId : purchaseIds) {
            sql.client().sql("insert into invoice_purchase (invoice_id, purchase_id) values (:invoice, :purchase)")
                    .param("invoice", invoiceId).param("purchase", purchaseId).update();
        }
    }

    /** Of {@code purchaseIds}, those an invoice already bills. */
    List<Long> billed(List<Long> purchaseIds) {
        if (purchaseIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("select purchase_id from invoice_purchase where purchase_id in (:ids)")
                .param("ids", purchaseIds).query(Long.class).list();
    }

    boolean deleteDraft(long id, long expectedVersion) {
        return sql.client().sql("delete from invoice where id = :id and version = :version and status = 'DRAFT'")
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    private Invoice withDetails(Header h) {
        List<InvoiceLine> lines = sql.client().sql("""
                        select id, position, product_id, description, quantity, unit_price, discount_percent,
                               tax_rate, net, tax
                        from invoice_line where invoice_id = :id order by position""")
                .param("id", h.id()).query(InvoiceLine.class).list();
        List<Long> purchases = sql.client().sql(
                        "select purchase_id from invoice_purchase where invoice_id = :id order by purchase_id")
                .param("id", h.id()).query(Long.class).list();
        return new Invoice(h.id(), h.number(), h.kind(), h.creditedInvoiceId(), h.customerId(), h.status(),
                h.issuedOn(), h.dueOn(), h.currency(), h.subtotal(), h.taxTotal(), h.total(), h.openAmount(),
                h.settledOn(), h.origin(), h.notes(), h.version(), lines, purchases);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
