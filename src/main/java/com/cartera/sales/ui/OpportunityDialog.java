package com.cartera.sales.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.stream.Collectors;

import com.cartera.base.mention.MentionField;
import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.CustomerSource;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityPermissions;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.OpportunityStatus;
import com.cartera.sales.SalesLookups;
import com.cartera.sales.SalesLookups.ProductChoice;
import com.cartera.sales.StageChange;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One opportunity in full: its fields (editable by whoever may change it, the owner only by management and
 * admin), its status, and every stage it went through.
 */
class OpportunityDialog extends Dialog {

    final TextField title = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final DatePicker expectedClose = new DatePicker();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final Select<CustomerSource> source = new Select<>();
    final TextField campaign = new TextField();
    final MultiSelectComboBox<ProductChoice> products = new MultiSelectComboBox<>();
    final MentionField notes;
    final Span status = new Span();
    final Grid<StageChange> history = new Grid<>();
    final Button save = new Button();

    private final Binder<Opportunity> binder = new Binder<>(Opportunity.class);

    OpportunityDialog(Opportunity opportunity, OpportunityService opportunityService,
                      OpportunityPermissions permissions, TeamDirectory teamDirectory, SalesLookups lookups,
                      Validator validator, Runnable onSaved) {
        this.notes = new MentionField(teamDirectory::mentionCandidates);
        setHeaderTitle(opportunity.getCustomer().getName() + " · " + opportunity.getTitle());
        setWidth("min(48rem, 100%)");

        title.setLabel(getTranslation("opportunity.title"));
        amount.setLabel(getTranslation("opportunity.amount"));
        currency.setLabel(getTranslation("opportunity.currency"));
        currency.setMaxLength(3);
        expectedClose.setLabel(getTranslation("opportunity.expected-close"));
        owner.setLabel(getTranslation("opportunity.owner"));
        owner.setItems(teamDirectory.activeMembers());
        owner.setItemLabelGenerator(TeamMember::getDisplayName);
        source.setLabel(getTranslation("opportunity.source"));
        source.setItems(CustomerSource.values());
        source.setEmptySelectionAllowed(true);
        source.setItemLabelGenerator(value -> value == null ? "" : getTranslation("opportunity.source." + value.name()));
        campaign.setLabel(getTranslation("opportunity.campaign"));
        products.setLabel(getTranslation("opportunity.products"));
        products.setItemLabelGenerator(ProductChoice::name);
        products.setItems(query -> lookups.products(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        notes.setLabel(getTranslation("opportunity.notes"));

        bind(title, "title", Opportunity::getTitle, Opportunity::setTitle, validator);
        bind(amount, "amount", Opportunity::getAmount, Opportunity::setAmount, validator);
        binder.forField(currency)
                .withConverter(value -> value == null ? null : value.strip().toUpperCase(), value -> value == null ? "" : value)
                .withValidator(new BeanPropertyValidator<>(validator, Opportunity.class, "currency"))
                .bind(Opportunity::getCurrency, Opportunity::setCurrency);
        binder.forField(expectedClose).bind(Opportunity::getExpectedCloseOn, Opportunity::setExpectedCloseOn);
        binder.forField(owner).bind(Opportunity::getOwner, Opportunity::setOwner);
        binder.forField(source).bind(Opportunity::getSource, Opportunity::setSource);
        bind(campaign, "campaign", Opportunity::getCampaign, Opportunity::setCampaign, validator);
        bind(notes, "notes", Opportunity::getNotes, Opportunity::setNotes, validator);
        binder.forField(products)
                .withConverter(chosen -> chosen.stream().map(ProductChoice::id).collect(Collectors.toSet()),
                        ids -> new HashSet<>(lookups.productsById(ids)))
                .bind(Opportunity::getProductIds, Opportunity::setProductIds);
        binder.readBean(opportunity);

        status.setText(statusText(opportunity));
        status.getElement().getThemeList().add(switch (opportunity.getStatus()) {
            case OPEN -> "badge";
            case WON -> "badge success";
            case LOST -> "badge error";
        });
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        history.addColumn(change -> when.format(change.getChangedAt())).setHeader(getTranslation("opportunity.history.when"))
                .setAutoWidth(true);
        history.addColumn(change -> change.getFromStageName() == null ? change.getToStageName()
                        : change.getFromStageName() + " → " + change.getToStageName())
                .setHeader(getTranslation("opportunity.history.stage")).setFlexGrow(1);
        history.addColumn(change -> change.getChangedBy() == null ? ""
                        : teamDirectory.find(change.getChangedBy()).map(TeamMember::getDisplayName).orElse(""))
                .setHeader(getTranslation("opportunity.history.by")).setAutoWidth(true);
        history.setItems(opportunityService.history(opportunity.getId()));
        history.setAllRowsVisible(true);

        boolean editable = permissions.canEdit(opportunity.getOwner() == null ? null : opportunity.getOwner().getUserId());
        binder.setReadOnly(!editable);
        owner.setReadOnly(!editable || !permissions.canReassign());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(opportunity)) {
                return;
            }
            try {
                opportunityService.save(opportunity);
                Notifications.success(getTranslation("opportunity.saved", opportunity.getTitle()));
                close();
                onSaved.run();
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("opportunity.conflict"));
            } catch (AccessDeniedException refused) {
                Notifications.error(getTranslation("error.forbidden"));
            } catch (ConstraintViolationException invalid) {
                Notifications.error(invalid.getConstraintViolations().stream()
                        .map(v -> getTranslation(BeanPropertyValidator.messageKey(v.getMessageTemplate())))
                        .findFirst().orElse(getTranslation("error.invalid")));
            }
        });

        var form = new FormLayout(title, amount, currency, expectedClose, owner, source, campaign, products, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(title, 3);
        form.setColspan(products, 3);
        form.setColspan(notes, 3);
        add(status, form, new H4(getTranslation("opportunity.history")), history);
        getFooter().add(new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close()), save);
    }

    private String statusText(Opportunity opportunity) {
        String text = getTranslation("opportunity.status." + opportunity.getStatus().name());
        return opportunity.getStatus() == OpportunityStatus.LOST
                ? text + ": " + opportunity.getLostReason() : text;
    }

    private <V> void bind(HasValue<?, V> field, String property, ValueProvider<Opportunity, V> getter,
                          Setter<Opportunity, V> setter, Validator validator) {
        binder.forField(field)
                .withValidator(new BeanPropertyValidator<>(validator, Opportunity.class, property))
                .bind(getter, setter);
    }
}
