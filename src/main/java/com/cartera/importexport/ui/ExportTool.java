package com.cartera.importexport.ui;

import java.util.function.Supplier;

import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerGridTool;
import com.cartera.importexport.CustomerExport;
import com.vaadin.flow.component.Component;
import org.springframework.data.domain.Sort;

/** Puts the Excel export in the customer grid's toolbar. */
@org.springframework.stereotype.Component
class ExportTool implements CustomerGridTool {

    private final CustomerExport export;

    ExportTool(CustomerExport export) {
        this.export = export;
    }

    @Override
    public Component create(Supplier<CustomerFilter> filter, Supplier<Sort> sort) {
        return new ExportButton(export, filter, sort);
    }
}
