package com.cartera.marketing.attribution;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;

import com.cartera.base.ui.HasHeading;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.attribution.ReferralReport.Conversion;
import com.cartera.marketing.attribution.ReferralReport.Referrer;
import com.cartera.security.Role;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Referrals of a period: the customers who referred the most (how many, how many became customers, what those
 * bought) and the conversion of referred leads beside all leads.
 */
@Route("marketing/referrals")
@Menu(title = "marketing.referrals.menu", order = 29, icon = "vaadin:handshake")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class ReferralsView extends VerticalLayout implements HasHeading {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span referredConversion = new Span();
    final Span allConversion = new Span();
    final Grid<Referrer> referrers = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final Referrals referrals;
    private final String currency;

    public ReferralsView(Referrals referrals, WorkspaceCalendar calendar, WorkspaceSettingsService settings) {
        this.referrals = referrals;
        this.currency = settings.current().getCurrency();
        addClassName("referrals-view");
        LocalDate today = calendar.today();
        from.setLabel(getTranslation("marketing.referrals.from"));
        from.setValue(today.minusYears(1).plusDays(1));
        to.setLabel(getTranslation("marketing.referrals.to"));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        var period = new FlexLayout(from, to);
        period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        period.getStyle().set("gap", "var(--lumo-space-m)");

        referredConversion.addClassName("referrals-referred-conversion");
        allConversion.addClassName("referrals-all-conversion");
        var cards = new FlexLayout(card("marketing.referrals.referred-leads", referredConversion),
                card("marketing.referrals.all-leads", allConversion));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.setWidthFull();
        cards.getStyle().set("gap", "var(--lumo-space-m)");

        referrers.addColumn(new ComponentRenderer<>(row -> new Anchor("customers/" + row.customerId(), row.name())))
                .setHeader(getTranslation("marketing.referrals.referrer")).setFlexGrow(3).setAutoWidth(false);
        referrers.addColumn(Referrer::referred).setHeader(getTranslation("marketing.referrals.referred"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        referrers.addColumn(Referrer::converted).setHeader(getTranslation("marketing.referrals.converted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        referrers.addColumn(row -> money(row.revenue())).setHeader(getTranslation("marketing.referrals.revenue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        referrers.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        referrers.setAllRowsVisible(true);
        empty.setText(getTranslation("marketing.referrals.none"));
        add(period, cards, referrers, empty);
        refresh();
    }

    @Override
    public String heading() {
        return getTranslation("marketing.referrals.title");
    }

    private void refresh() {
        from.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            from.setErrorMessage(getTranslation("marketing.referrals.error.period"));
            from.setInvalid(true);
            return;
        }
        ReferralReport report = referrals.between(from.getValue(), to.getValue().plusDays(1));
        referredConversion.setText(conversion(report.referredLeads()));
        allConversion.setText(conversion(report.allLeads()));
        referrers.setItems(report.top());
        referrers.setVisible(!report.top().isEmpty());
        empty.setVisible(report.top().isEmpty());
    }

    private Div card(String titleKey, Span value) {
        var title = new Div(getTranslation(titleKey));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        var card = new Div(title, value);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("flex", "1 1 16rem");
        return card;
    }

    private String conversion(Conversion conversion) {
        BigDecimal rate = conversion.ratePercent();
        return rate == null ? getTranslation("marketing.referrals.no-leads")
                : getTranslation("marketing.referrals.conversion", conversion.converted(), conversion.leads(),
                NumberFormat.getNumberInstance(getLocale()).format(rate));
    }

    private String money(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }
}
