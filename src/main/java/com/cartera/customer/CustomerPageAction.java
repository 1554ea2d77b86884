package com.cartera.customer;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * Actions another module adds to the customer 360 page's top bar (e.g. exporting or erasing a person's data).
 * Each is a Spring bean; the page asks each whenever it shows a customer.
 */
public interface CustomerPageAction {

    /**
     * The components to show for {@code customer}, none when the signed-in person may not use them.
     *
     * @param changed to call after the action changed the customer, so that the page shows it afresh
     */
    List<Component> create(Customer customer, Runnable changed);
}
