package com.cartera.customer;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the customer 360 page (purchases, interactions, cross-sell). Each
 * is a Spring bean; the page shows them as tabs in {@link #order()}.
 */
public interface CustomerSection {

    /** i18n key of the tab's title. */
    String titleKey();

    int order();

    /** A new component showing this section for {@code customer}; called once per page opening. */
    Component create(Customer customer);
}
