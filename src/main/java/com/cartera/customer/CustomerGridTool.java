package com.cartera.customer;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import org.springframework.data.domain.Sort;

/**
 * A tool another module adds to the customer grid's toolbar (for example the Excel export), working on what
 * the grid shows now. Each is a Spring bean.
 */
public interface CustomerGridTool {

    /**
     * A new component for one grid.
     *
     * @param filter the grid's filter when the tool is used
     * @param sort   the grid's sort when the tool is used
     */
    Component create(Supplier<CustomerFilter> filter, Supplier<Sort> sort);
}
