package com.cartera.finance.ui;

import java.util.Map;
import java.util.Optional;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.commerce.ProductService;
import com.cartera.customer.CustomerNames;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.TaxRateService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One invoice: {@code finance/invoices/new} (with {@code ?customer=<id>} from the customer page) and a draft are
 * edited; an issued invoice or credit note is shown read-only with its ledger movements and credit notes.
 */
@Route("finance/invoices/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class InvoiceView extends VerticalLayout implements HasHeading, BeforeEnterObserver {

    private final InvoiceService invoices;
    private final TaxRateService taxRates;
    private final ProductService products;
    private final CustomerService customers;
    private final CustomerNames names;
    private final String currency;
    private final boolean writes;
    private String heading = "";

    /** What is shown: the editor of a draft or the issued document; null until entered. */
    DraftEditor editor;
    InvoiceDocument document;

    public InvoiceView(InvoiceService invoices, TaxRateService taxRates, ProductService products,
                       CustomerService customers, CustomerNames names, WorkspaceSettingsService workspace,
                       CurrentUser currentUser) {
        this.invoices = invoices;
        this.taxRates = taxRates;
        this.products = products;
        this.customers = customers;
        this.names = names;
        this.currency = workspace.current().getCurrency();
        this.writes = currentUser.require().hasRole(Role.FINANCE) || currentUser.require().hasRole(Role.ADMIN);
        addClassName("invoice-view");
        setMaxWidth("64rem");
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editor = null;
        document = null;
        String id = event.getRouteParameters().get("id").orElse("");
        if ("new".equals(id)) {
            if (!writes) {
                event.forwardTo(InvoicesView.class);
                return;
            }
            Long customerId = event.getLocation().getQueryParameters().getSingleParameter("customer")
                    .flatMap(InvoiceView::parse).orElse(null);
            heading = getTranslation("finance.invoice.new");
            editor = new DraftEditor(invoices, taxRates.active(), products, customers, currency, null, customerId,
                    this::saved);
            add(editor);
            return;
        }
        Optional<Invoice> found = parse(id).flatMap(invoices::find);
        if (found.isEmpty()) {
            Notifications.warning(getTranslation("finance.invoice.not-found"));
            event.forwardTo(InvoicesView.class);
            return;
        }
        show(found.get());
    }

    private void show(Invoice invoice) {
        removeAll();
        editor = null;
        document = null;
        String customerName = names.of(java.util.List.of(invoice.customerId())).getOrDefault(invoice.customerId(),
                "#" + invoice.customerId());
        heading = (invoice.numbered() ? invoice.number() : getTranslation("finance.invoice.unnumbered")) + " · "
                + customerName;
        if (invoice.isDraft() && writes) {
            editor = new DraftEditor(invoices, taxRates.active(), products, customers, currency, invoice,
                    invoice.customerId(), this::saved);
            add(editor);
        } else {
            document = new InvoiceDocument(invoice, customerName, invoices, currency, writes, this::reload);
            add(document);
        }
        UI.getCurrent().getPage().setTitle(heading);
    }

    private void saved(Invoice invoice) {
        UI.getCurrent().navigate("finance/invoices/" + invoice.id());
    }

    private void reload(long id) {
        invoices.find(id).ifPresent(this::show);
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Fields of the editor by the service's names, for tests and refusals. */
    Map<String, ?> fieldsForTest() {
        return editor == null ? Map.of() : editor.fields();
    }
}
