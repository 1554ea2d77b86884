package com.cartera.finance.ui;

import java.util.HashMap;
import java.util.Map;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.FinanceSettings;
import com.cartera.finance.FinanceSettingsService;
import com.cartera.finance.TaxRateService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The workspace's finance settings: default terms and credit limit, the number series, the payment-risk
 * thresholds, and the tax rates. Finance and admin change them; management reads.
 */
@Route("settings/finance")
@Menu(title = "finance.settings.menu", order = 96, icon = "vaadin:invoice")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class FinanceSettingsView extends VerticalLayout implements HasHeading {

    final IntegerField defaultTermsDays = new IntegerField();
    final BigDecimalField defaultCreditLimit = new BigDecimalField();
    final TextField invoicePrefix = new TextField();
    final IntegerField nextInvoiceNumber = new IntegerField();
    final TextField creditNotePrefix = new TextField();
    final IntegerField nextCreditNoteNumber = new IntegerField();
    final IntegerField riskWatchDays = new IntegerField();
    final IntegerField riskHighDays = new IntegerField();
    final BigDecimalField riskLateShare = new BigDecimalField();
    final Button save = new Button();
    final TaxRatesEditor taxRates;

    private final FinanceSettingsService settings;
    private long version;

    public FinanceSettingsView(FinanceSettingsService settings, TaxRateService rates, CurrentUser currentUser) {
        this.settings = settings;
        addClassName("finance-settings-view");
        setMaxWidth("56rem");
        boolean writes = currentUser.require().hasRole(Role.ADMIN) || currentUser.require().hasRole(Role.FINANCE);
        label(defaultTermsDays, "finance.settings.default-terms", "finance.settings.default-terms.help");
        label(defaultCreditLimit, "finance.settings.default-credit-limit", "finance.terms.no-limit-help");
        label(invoicePrefix, "finance.settings.invoice-prefix", null);
        label(nextInvoiceNumber, "finance.settings.next-invoice-number", null);
        label(creditNotePrefix, "finance.settings.credit-note-prefix", null);
        label(nextCreditNoteNumber, "finance.settings.next-credit-note-number", null);
        label(riskWatchDays, "finance.settings.risk-watch-days", "finance.settings.risk-watch-days.help");
        label(riskHighDays, "finance.settings.risk-high-days", "finance.settings.risk-high-days.help");
        label(riskLateShare, "finance.settings.risk-late-share", "finance.settings.risk-late-share.help");
        invoicePrefix.setMaxLength(FinanceSettings.PREFIX_MAX);
        creditNotePrefix.setMaxLength(FinanceSettings.PREFIX_MAX);
        save.setText(getTranslation("finance.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(writes);
        show(settings.current());
        fields().values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(!writes));
        taxRates = new TaxRatesEditor(rates, writes);
        add(new H3(getTranslation("finance.settings.terms")), row(defaultTermsDays, defaultCreditLimit),
                new H3(getTranslation("finance.settings.series")),
                row(invoicePrefix, nextInvoiceNumber, creditNotePrefix, nextCreditNoteNumber),
                new H3(getTranslation("finance.settings.risk")), row(riskWatchDays, riskHighDays, riskLateShare),
                save, new H3(getTranslation("finance.settings.tax-rates")), taxRates);
    }

    @Override
    public String heading() {
        return getTranslation("finance.settings.title");
    }

    private void label(com.vaadin.flow.component.HasLabel field, String label, String help) {
        field.setLabel(getTranslation(label));
        if (help != null && field instanceof com.vaadin.flow.component.HasHelper helped) {
            helped.setHelperText(getTranslation(help));
        }
        ((com.vaadin.flow.component.HasSize) field).setWidth("min(14em, 100%)");
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... fields) {
        var row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        return row;
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("defaultTermsDays", defaultTermsDays);
        fields.put("defaultCreditLimit", defaultCreditLimit);
        fields.put("invoicePrefix", invoicePrefix);
        fields.put("nextInvoiceNumber", nextInvoiceNumber);
        fields.put("creditNotePrefix", creditNotePrefix);
        fields.put("nextCreditNoteNumber", nextCreditNoteNumber);
        fields.put("riskWatchDays", riskWatchDays);
        fields.put("riskHighDays", riskHighDays);
        fields.put("riskLateShare", riskLateShare);
        return fields;
    }

    private void show(FinanceSettings current) {
        version = current.version();
        defaultTermsDays.setValue(current.defaultTermsDays());
        defaultCreditLimit.setValue(current.defaultCreditLimit());
        invoicePrefix.setValue(current.invoicePrefix());
        nextInvoiceNumber.setValue((int) current.nextInvoiceNumber());
        creditNotePrefix.setValue(current.creditNotePrefix());
        nextCreditNoteNumber.setValue((int) current.nextCreditNoteNumber());
        riskWatchDays.setValue(current.riskWatchDays());
        riskHighDays.setValue(current.riskHighDays());
        riskLateShare.setValue(current.riskLateShare());
    }

    private void save() {
        fields().values().forEach(field -> field.setInvalid(false));
        var edited = new FinanceSettings(orMinus(defaultTermsDays.getValue()), defaultCreditLimit.getValue(),
                invoicePrefix.getValue(), orMinus(nextInvoiceNumber.getValue()), creditNotePrefix.getValue(),
                orMinus(nextCreditNoteNumber.getValue()), orMinus(riskWatchDays.getValue()),
                orMinus(riskHighDays.getValue()), riskLateShare.getValue(), version);
        try {
            show(settings.update(edited));
            Notifications.success(getTranslation("finance.settings.saved"));
        } catch (FinanceRefusedException refused) {
            FinanceUi.show(this, refused, fields());
        } catch (ObjectOptimisticLockingFailureException stale) {
            show(settings.current());
            Notifications.warning(getTranslation("finance.settings.conflict"));
        }
    }

    /** An empty number field as a value every check refuses, so the message lands on that field. */
    private static int orMinus(Integer value) {
        return value == null ? -1 : value;
    }
}
