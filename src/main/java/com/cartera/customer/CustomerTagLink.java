package com.cartera.customer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of the customer–tag join table as an entity of its own, so that bulk tag changes can be written
 * as set-based statements ({@code insert ... select}, {@code delete ... where}) over a whole selection.
 * Customers read their tags through {@link Customer#getTags()}; only {@link PortfolioBulkService} uses this.
 */
@Entity
@Table(name = "customer_tag")
@IdClass(CustomerTagLink.Key.class)
class CustomerTagLink {

    /** The composite key: one customer, one tag. */
    record Key(Long customerId, Long tagId) implements Serializable {
    }

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Id
    @Column(name = "tag_id")
    private Long tagId;

    protected CustomerTagLink() {
    }
}
