package com.cartera.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.CreditNoteDraft;
import com.cartera.finance.CustomerCreditService;
import com.cartera.finance.DunningRun;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceAllocation;
import com.cartera.finance.InvoiceDraft;
import com.cartera.finance.InvoiceLineDraft;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.Payment;
import com.cartera.finance.PaymentDraft;
import com.cartera.finance.PaymentRiskRefresh;
import com.cartera.finance.PaymentService;
import com.cartera.finance.TaxRate;
import com.cartera.finance.TaxRateService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's finance, through the finance and commerce services as a finance person would do it: costs for the
 * catalogue (one product left without), the business customers' purchases of the last eight months billed on
 * the day they happened, most paid (some late, a few in part, one with credit left over, one returned by the
 * bank), a credit note, four invoices overdue 10/40/75/120 days so every ageing bucket shows, a few credit limits
 * (one exceeded); then the dunning ladder and the risk refresh run once, as their nightly jobs would.
 */
@Component
class DemoFinance {

    /** Business customers billed: enough for figures, few enough to seed quickly. */
    static final int CUSTOMERS = 250;
    static final int MONTHS = 8;
    /** Overdue days of the four invoices that fill the ageing buckets. */
    static final List<Integer> OVERDUE_DAYS = List.of(10, 40, 75, 120);

    /** An invoice to write: of a purchase, or (sample ≥ 0) one of the overdue samples. */
    private record Billing(long customerId, LocalDate day, long purchaseId, int sample) {
    }

    private final ProductService products;
    private final ProductCosts costs;
    private final PurchaseService purchases;
    private final InvoiceService invoices;
    private final PaymentService payments;
    private final CustomerCreditService credit;
    private final TaxRateService taxRates;
    private final DunningRun dunning;
    private final PaymentRiskRefresh risk;
    private final WorkspaceSettingsService settings;
    private final WorkspaceCalendar calendar;

    DemoFinance(ProductService products, ProductCosts costs, PurchaseService purchases, InvoiceService invoices,
                PaymentService payments, CustomerCreditService credit, TaxRateService taxRates, DunningRun dunning,
                PaymentRiskRefresh risk, WorkspaceSettingsService settings, WorkspaceCalendar calendar) {
        this.products = products;
        this.costs = costs;
        this.purchases = purchases;
        this.invoices = invoices;
        this.payments = payments;
        this.credit = credit;
        this.taxRates = taxRates;
        this.dunning = dunning;
        this.risk = risk;
        this.settings = settings;
        this.calendar = calendar;
    }

    /** Seeds finance for the portfolio's business customers; by the signed-in admin, after the history. */
    void create(Collection<Customer> portfolio) {
        LocalDate today = calendar.today();
        var random = new Random(2026_15);
        setCosts(today, random);
        List<Customer> companies = portfolio.stream().filter(c -> c.getKind() == CustomerKind.COMPANY)
                .limit(CUSTOMERS).toList();
        List<Billing> billings = new ArrayList<>();
        LocalDate since = today.minusMonths(MONTHS);
        for (Customer company : companies) {
            purchases.purchasesOf(company.getId(), PageRequest.of(0, 100)).stream()
                    .filter(purchase -> !purchase.getPurchasedOn().isBefore(since))
                    .forEach(purchase -> billings.add(new Billing(company.getId(), purchase.getPurchasedOn(),
                            purchase.getId(), -1)));
        }
        if (companies.size() >= 6) {
            for (int i = 0; i < OVERDUE_DAYS.size(); i++) {
                billings.add(new Billing(companies.get(i).getId(), today.minusDays(OVERDUE_DAYS.get(i) + 30L), 0, i));
            }
        }
        // Billed in date order, so that the invoice numbers run with the dates as they would have.
        billings.sort(Comparator.comparing(Billing::day).thenComparing(Billing::purchaseId));
        TaxRate rate = taxRates.active().stream().filter(TaxRate::isDefault).findFirst().orElseThrow();
        String currency = settings.current().getCurrency();
        boolean creditLeft = false;
        boolean returned = false;
        boolean credited = false;
        for (Billing billing : billings) {
            if (billing.sample() >= 0) {
                overdueSample(billing, rate);
                continue;
            }
            Invoice invoice = invoices.invoicePurchases(billing.customerId(), List.of(billing.purchaseId()),
                    billing.day());
            LocalDate issued = invoice.issuedOn();
            LocalDate due = invoice.dueOn();
            int roll = random.nextInt(100);
            if (!due.isBefore(today)) {
                // Not due yet: a few pay early; one gets a credit note for returned goods.
                if (!credited && roll < 40) {
                    invoices.creditNote(invoice.id(), new CreditNoteDraft(today, "Devolución de mercancía dañada",
                            invoice.total().divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP), null));
                    credited = true;
                } else if (roll < 25 && !issued.equals(today)) {
                    pay(invoice, issued.plusDays(1), invoice.total(), currency, PaymentMethod.BANK_TRANSFER);
                }
            } else if (roll < 62) {
                LocalDate on = issued.plusDays(random.nextInt((int) (due.toEpochDay() - issued.toEpochDay()) + 1));
                BigDecimal amount = creditLeft ? invoice.total() : invoice.total().add(new BigDecimal("150.00"));
                creditLeft = true;
                pay(invoice, on, amount, currency, PaymentMethod.BANK_TRANSFER);
            } else if (roll < 86 || due.isBefore(today.minusDays(130))) {
                LocalDate on = min(due.plusDays(3 + random.nextInt(40)), today);
                Payment paid = pay(invoice, on, invoice.total(), currency, PaymentMethod.DIRECT_DEBIT);
                // One recent direct debit comes back from the bank: the invoice is open again.
                if (!returned && on.isAfter(today.minusDays(60)) && on.plusDays(3).isBefore(today)) {
                    payments.reverse(paid.id(), on.plusDays(3), "Recibo devuelto por el banco");
                    returned = true;
                }
            } else if (roll < 93) {
                LocalDate on = min(due.plusDays(random.nextInt(10)), today);
                pay(invoice, on, invoice.total().multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.HALF_UP),
                        currency, PaymentMethod.BANK_TRANSFER);
            }
            // The rest stays unpaid, overdue by however long ago it fell due.
        }
        creditLimits(companies);
        dunning.run(today);
        risk.judgeAll();
    }

    /** A cost of 40 to 75 % of the price for every product but the first, in force for the last year. */
    private void setCosts(LocalDate today, Random random) {
        List<Product> catalogue = products.page("", false, PageRequest.of(0, 500));
        for (Product product : catalogue.subList(Math.min(1, catalogue.size()), catalogue.size())) {
            BigDecimal share = BigDecimal.valueOf(40 + random.nextInt(36), 2);
            costs.set(product.getId(), today.minusYears(1),
                    product.getUnitPrice().multiply(share).setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** An invoice left unpaid, due 30 days after {@code billing}'s day: one per ageing bucket of the samples. */
    private void overdueSample(Billing billing, TaxRate rate) {
        BigDecimal price = new BigDecimal("380.00").add(BigDecimal.valueOf(90L * billing.sample()));
        Invoice draft = invoices.createDraft(new InvoiceDraft(billing.customerId(), null, billing.day(),
                billing.day().plusDays(30), "Pedido de reposición", List.of(new InvoiceLineDraft(null,
                "Reposición de almacén", BigDecimal.ONE, price, BigDecimal.ZERO, rate.id()))));
        invoices.issue(draft.id());
    }

    /**
     * Credit limits: generous on the fifth and sixth companies; on the fourth below its 120-day sample invoice
     * alone (650 + 21 %), so its limit shows exceeded.
     */
    private void creditLimits(List<Customer> companies) {
        if (companies.size() < 6) {
            return;
        }
        credit.update(companies.get(4).getId(), null, null, new BigDecimal("20000.00"));
        credit.update(companies.get(5).getId(), 60, null, new BigDecimal("15000.00"));
        credit.update(companies.get(3).getId(), null, null, new BigDecimal("500.00"));
    }

    private Payment pay(Invoice invoice, LocalDate on, BigDecimal amount, String currency, PaymentMethod method) {
        BigDecimal allocated = amount.min(invoice.openAmount());
        return payments.record(new PaymentDraft(invoice.customerId(), on, amount, currency, method,
                "REF-" + invoice.number(), null, List.of(new InvoiceAllocation(invoice.id(), allocated))));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
