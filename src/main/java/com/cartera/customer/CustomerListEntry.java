package com.cartera.customer;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One customer of a {@link CustomerList}: mapped only so that the grid's filter can ask "in list X". */
@Entity
@Table(name = "customer_list_entry")
class CustomerListEntry {

    @EmbeddedId
    private Key id;

    protected CustomerListEntry() {
    }

    @Embeddable
    record Key(@Column(name = "list_id") UUID listId, @Column(name = "customer_id") Long customerId)
            implements Serializable {
    }
}
