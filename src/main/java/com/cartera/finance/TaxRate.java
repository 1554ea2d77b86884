package com.cartera.finance;

import java.math.BigDecimal;

/** A tax rate an invoice line may carry (e.g. IVA 21 %); a line keeps its percentage when the rate changes later. */
public record TaxRate(long id, String name, BigDecimal rate, boolean isDefault, boolean archived, int position) {
}
