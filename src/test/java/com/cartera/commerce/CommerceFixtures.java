package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;

/** Products and purchases made through the real services, for this module's tests. */
public final class CommerceFixtures {

    private final ProductService productService;
    private final PurchaseService purchaseService;

    public CommerceFixtures(ApplicationContext context) {
        this.productService = context.getBean(ProductService.class);
        this.purchaseService = context.getBean(PurchaseService.class);
    }

    public Product product(SignedInUser user, String name, String sku, String price) {
        var product = new Product();
        product.setName(name);
        product.setSku(sku);
        product.setUnitPrice(new BigDecimal(price));
        return TestData.as(user, () -> productService.save(product));
    }

    /** A purchase of one unit of each product at its catalogue price. */
    public Purchase purchase(SignedInUser user, long customerId, LocalDate on, Product... products) {
        List<PurchaseDraft.Line> lines = Arrays.stream(products)
                .map(product -> new PurchaseDraft.Line(product.getId(), BigDecimal.ONE, null)).toList();
        return TestData.as(user, () -> purchaseService.record(customerId,
                new PurchaseDraft(on, SalesChannel.STORE, null, null, lines)));
    }

    public static PurchaseDraft.Line line(Product product, String quantity, String unitPrice) {
        return new PurchaseDraft.Line(product.getId(), new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice));
    }
}
