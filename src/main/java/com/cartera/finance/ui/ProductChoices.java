package com.cartera.finance.ui;

import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.PageRequest;

/** Offers the active catalogue in a product combo box, searched on the server as the user types. */
record ProductChoices(ProductService products) {

    void offer(ComboBox<Product> box) {
        box.setItemLabelGenerator(Product::getName);
        box.setItems(query -> products.page(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
    }
}
