package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;

/** A workspace with a finance person and a customer, and invoices made through the real services. */
public final class FinanceFixtures {

    public final TestData data;
    public final SignedInUser admin;
    public final SignedInUser finance;
    public final Customer customer;
    public final InvoiceService invoices;
    public final TaxRateService taxRates;

    public FinanceFixtures(ApplicationContext context, String workspace) {
        data = new TestData(context);
        admin = data.newWorkspace(workspace + " " + TestData.uniqueSlug("f"));
        finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina Finanzas", Set.of(Role.FINANCE));
        customer = data.customer(admin, "Ferretería Ruiz S.L.", null, LifecycleStage.ACTIVE);
        invoices = context.getBean(InvoiceService.class);
        taxRates = context.getBean(TaxRateService.class);
    }

    /** The workspace's active rate of {@code percent} %. */
    public long rate(int percent) {
        return TestData.as(finance, () -> taxRates.active().stream()
                .filter(rate -> rate.rate().compareTo(BigDecimal.valueOf(percent)) == 0).findFirst().orElseThrow()
                .id());
    }

    public InvoiceLineDraft line(String description, String quantity, String price, String discount, int percent) {
        return new InvoiceLineDraft(null, description, new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate(percent));
    }

    /** An issued invoice of one line of {@code net} at 21 % on {@code issuedOn}, due 30 days later. */
    public Invoice issued(Customer to, String net, LocalDate issuedOn) {
        InvoiceDraft draft = new InvoiceDraft(to.getId(), null, issuedOn, issuedOn.plusDays(30), null,
                List.of(line("Servicio", "1", net, null, 21)));
        return TestData.as(finance, () -> invoices.issue(invoices.createDraft(draft).id()));
    }
}
