package com.cartera.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The amounts of an invoice, as printed on it: each line's net (quantity × unit price less its discount) and tax
 * are rounded to cents half up; the invoice's subtotal, tax and total are the sums of the rounded lines, so the
 * document always adds up.
 */
public record InvoiceTotals(List<Line> lines, BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a line says: quantity, unit price, discount and tax rate in percent. */
    public record LineInput(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                            BigDecimal taxRate) {
    }

    /** A line's rounded amounts. */
    public record Line(BigDecimal net, BigDecimal tax) {
    }

    public static InvoiceTotals of(List<LineInput> inputs) {
        List<Line> lines = inputs.stream().map(InvoiceTotals::line).toList();
        BigDecimal subtotal = lines.stream().map(Line::net).reduce(zero(), BigDecimal::add);
        BigDecimal tax = lines.stream().map(Line::tax).reduce(zero(), BigDecimal::add);
        return new InvoiceTotals(lines, subtotal, tax, subtotal.add(tax));
    }

    private static Line line(LineInput input) {
        BigDecimal gross = input.quantity().multiply(input.unitPrice());
        BigDecimal kept = HUNDRED.subtract(input.discountPercent());
        BigDecimal net = gross.multiply(kept).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(input.taxRate()).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        return new Line(net, tax);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
