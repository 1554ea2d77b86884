package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.CostRefusedException;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCost;
import com.cartera.commerce.ProductCosts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * A product's cost: the one in force today with the margin it leaves at the catalogue price, its history, and (for
 * finance and admin) a new cost from a day on.
 */
class ProductCostPanel extends VerticalLayout {

    final Span current = new Span();
    final Grid<ProductCost> history = new Grid<>(ProductCost.class, false);
    final DatePicker validFrom = new DatePicker();
    final BigDecimalField unitCost = new BigDecimalField();
    final Button setCost = new Button();

    private final Product product;
    private final ProductCosts costs;
    private final String currency;
    private final LocalDate today;

    ProductCostPanel(Product product, ProductCosts costs, String currency, LocalDate today) {
        this.product = product;
        this.costs = costs;
        this.currency = currency;
        this.today = today;
        setPadding(false);
        setSpacing(true);
        addClassName("product-cost-panel");

        history.addColumn(cost -> cost.validFrom().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())))
                .setHeader(getTranslation("product.cost.from")).setAutoWidth(true).setKey("from");
        history.addColumn(cost -> MoneyFormat.format(cost.unitCost(), currency, getLocale()))
                .setHeader(getTranslation("product.cost")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("cost");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("product.cost.none"));

        validFrom.setLabel(getTranslation("product.cost.from"));
        validFrom.setValue(today);
        unitCost.setLabel(getTranslation("product.cost.new"));
        unitCost.setSuffixComponent(new Span(currency));
        setCost.setText(getTranslation("product.cost.set"));
        setCost.addClickListener(e -> set());
        var editor = new FlexLayout(validFrom, unitCost, setCost);
        editor.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        editor.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor.getStyle().set("gap", "var(--lumo-space-m)");
        editor.setVisible(costs.canSetCosts());

        add(new H4(getTranslation("product.cost.title")), current, history, editor);
        refresh();
    }

    private void set() {
        validFrom.setInvalid(false);
        unitCost.setInvalid(false);
        try {
            ProductCost saved = costs.set(product.getId(), validFrom.getValue(), unitCost.getValue());
            Notifications.success(getTranslation("product.cost.saved",
                    MoneyFormat.format(saved.unitCost(), currency, getLocale()), product.getName()));
            unitCost.clear();
            refresh();
        } catch (CostRefusedException refused) {
            var field = "validFrom".equals(refused.field()) ? validFrom : unitCost;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            field.setInvalid(true);
        }
    }

    private void refresh() {
        history.setItems(costs.history(product.getId()));
        current.setText(costs.inForce(product.getId(), today)
                .map(cost -> getTranslation("product.cost.current",
                        MoneyFormat.format(cost.unitCost(), currency, getLocale()),
                        marginText(product.getUnitPrice(), cost.unitCost())))
                .orElse(getTranslation("product.cost.unknown")));
    }

    /** The margin a unit leaves at the catalogue price, as a percentage; a dash for a free product. */
    private String marginText(BigDecimal price, BigDecimal cost) {
        return percent(marginRate(price, cost), getLocale());
    }

    /** A rate as a percentage with up to one decimal, a dash for none. */
    static String percent(BigDecimal rate, Locale locale) {
        if (rate == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    /** (price − cost) ÷ price to four places; null for a price of zero. */
    static BigDecimal marginRate(BigDecimal price, BigDecimal cost) {
        return price == null || price.signum() == 0 ? null
                : price.subtract(cost).divide(price, 4, RoundingMode.HALF_UP);
    }
}
