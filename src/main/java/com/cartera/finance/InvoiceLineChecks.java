package com.cartera.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.cartera.commerce.ProductService;
import org.springframework.stereotype.Component;

/**
 * The rules of a typed line: a description (the product's name when a product is chosen), a quantity above zero,
 * a unit price of zero or more in cents, a discount from 0 to 100 % and an active tax rate of the list. Fields are
 * named {@code lines[i].quantity} and so on, the message saying the line's number.
 */
@Component
class InvoiceLineChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUANTITY_MAX = new BigDecimal("999999999");
    private static final BigDecimal PRICE_MAX = new BigDecimal("999999999999");

    private final ProductService products;
    private final TaxRateService taxRates;

    InvoiceLineChecks(ProductService products, TaxRateService taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    /** The lines checked, with descriptions stripped (or the product's name) and a missing discount as 0. */
    List<InvoiceLineDraft> normalised(List<InvoiceLineDraft> lines) {
        List<InvoiceLineDraft> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLineDraft line = lines.get(i);
            String field = "lines[" + i + "].";
            int number = i + 1;
            String description = line.description() == null ? "" : line.description().strip();
            if (line.productId() != null) {
                var product = products.find(line.productId()).orElseThrow(
                        () -> new FinanceRefusedException(field + "product", "finance.invoice.error.product",
                                number));
                if (description.isEmpty()) {
                    description = product.getName();
                }
            }
            if (description.isEmpty() || description.length() > InvoiceService.DESCRIPTION_MAX) {
                throw new FinanceRefusedException(field + "description", "finance.invoice.error.description",
                        number, InvoiceService.DESCRIPTION_MAX);
            }
            BigDecimal quantity = line.quantity();
            if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(QUANTITY_MAX) > 0
                    || quantity.stripTrailingZeros().scale() > 3) {
                throw new FinanceRefusedException(field + "quantity", "finance.invoice.error.quantity", number);
            }
            BigDecimal price = line.unitPrice();
            if (price == null || price.signum() < 0 || price.compareTo(PRICE_MAX) > 0
                    || price.stripTrailingZeros().scale() > 2) {
                throw new FinanceRefusedException(field + "unitPrice", "finance.invoice.error.unit-price", number);
            }
            BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
            if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.stripTrailingZeros().scale() > 2) {
                throw new FinanceRefusedException(field + "discount", "finance.invoice.error.discount", number);
            }
            checked.add(new InvoiceLineDraft(line.productId(), description, quantity, price, discount,
                    line.taxRateId()));
        }
        return checked;
    }

    /** Each line's tax percentage, from an active rate of the list. */
    List<BigDecimal> rates(List<InvoiceLineDraft> lines) {
        List<BigDecimal> rates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                rates.add(taxRates.usable(lines.get(i).taxRateId(), "lines[" + i + "].taxRate").rate());
            } catch (FinanceRefusedException refused) {
                throw new FinanceRefusedException(refused.field(), "finance.invoice.error.tax-rate", i + 1);
            }
        }
        return rates;
    }
}
