package com.cartera.customer.ui;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cartera.customer.Customer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A customer in a grid cell of the duplicate screens: the name linking to its page, and how to reach it. */
final class CustomerCell {

    private CustomerCell() {
    }

    /** The customer's name, linking to the customer's page. */
    static Anchor link(Customer customer) {
        var link = new Anchor("customers/" + customer.getId(), customer.getName());
        link.addClassName("customer-link");
        return link;
    }

    /** The linked name over the e-mail, phone, city and owner that tell two customers apart. */
    static Div summary(Customer customer) {
        String details = Stream.of(customer.getEmail(), customer.getPhone(), customer.getCity(),
                        customer.getOwner() == null ? null : customer.getOwner().getDisplayName())
                .filter(Objects::nonNull).filter(text -> !text.isBlank())
                .collect(Collectors.joining(" · "));
        var secondary = new Span(details);
        secondary.addClassName("customer-details");
        var cell = new Div(link(customer), secondary);
        cell.addClassName("customer-cell");
        return cell;
    }
}
