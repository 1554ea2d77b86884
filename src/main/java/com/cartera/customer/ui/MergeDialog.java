package com.cartera.customer.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerField;
import com.cartera.customer.CustomerMergeService;
import com.cartera.customer.CustomerMergeService.Side;
import com.cartera.customer.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Merges a pair of customers: pick the one that stays, then for every field where they differ whose value
 * to keep (the survivor's unless only the other has one), see the result, and confirm.
 */
class MergeDialog extends Dialog {

    final RadioButtonGroup<Customer> survivor = new RadioButtonGroup<>();
    /** One choice per field the two customers differ in, except those the merge combines. */
    final Map<CustomerField, RadioButtonGroup<Side>> choices = new EnumMap<>(CustomerField.class);
    final Div preview = new Div();
    final Paragraph consequence = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final Customer first;
    private final Customer second;
    private final CustomerMergeService mergeService;
    private final Runnable onMerged;
    private final CustomerValueFormat format;
    private final FormLayout fields = new FormLayout();

    /**
     * @param first    one of the pair, with its owner, referrer and tags loaded
     * @param second   the other one, loaded alike
     * @param onMerged what to do after the merge, or after finding that either changed meanwhile
     */
    MergeDialog(Customer first, Customer second, CustomerMergeService mergeService, Runnable onMerged, Locale locale) {
        this.first = first;
        this.second = second;
        this.mergeService = mergeService;
        this.onMerged = onMerged;
        this.format = new CustomerValueFormat(this::getTranslation, locale);
        addClassName("merge-dialog");
        setHeaderTitle(getTranslation("merge.title"));
        setWidth("min(56rem, 100%)");

        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setHelperText(getTranslation("merge.survivor.help"));
        survivor.setItems(first, second);
        survivor.setItemLabelGenerator(customer -> customer.getName() + " (#" + customer.getId() + ")");
        survivor.setValue(first);
        survivor.addValueChangeListener(e -> showChoices());

        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        preview.addClassName("merge-preview");

        confirm.setText(getTranslation("merge.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> merge());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());

        add(survivor, new H4(getTranslation("merge.fields")), fields, new H4(getTranslation("merge.preview")), preview,
                consequence);
        getFooter().add(cancel, confirm);
        showChoices();
    }

    private Customer kept() {
        return survivor.getValue();
    }

    private Customer folded() {
        return kept() == first ? second : first;
    }

    /** One choice per differing field, pre-set to the survivor's value unless only the other one has a value. */
    private void showChoices() {
        choices.clear();
        fields.removeAll();
        for (CustomerField field : CustomerField.values()) {
            if (CustomerMergeService.COMBINED.contains(field) || !field.differs(kept(), folded())) {
                continue;
            }
            var choice = new RadioButtonGroup<Side>(getTranslation(field.labelKey()));
            choice.setItems(Side.SURVIVOR, Side.MERGED);
            choice.setItemLabelGenerator(side -> format.format(field.get(side == Side.SURVIVOR ? kept() : folded())));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setValue(isEmpty(field.get(kept())) ? Side.MERGED : Side.SURVIVOR);
            choice.addValueChangeListener(e -> showPreview());
            choices.put(field, choice);
            fields.add(choice);
        }
        if (choices.isEmpty()) {
            fields.add(new Span(getTranslation("merge.same")));
        }
        consequence.setText(getTranslation("merge.consequence", folded().getName(), kept().getName()));
        showPreview();
    }

    /** The survivor as it will be: the chosen values, the tags of both, the notes of both. */
    private void showPreview() {
        preview.removeAll();
        for (var choice : choices.entrySet()) {
            Customer source = choice.getValue().getValue() == Side.SURVIVOR ? kept() : folded();
            previewLine(choice.getKey().labelKey(), format.format(choice.getKey().get(source)));
        }
        var tags = new LinkedHashSet<Tag>(kept().getTags());
        tags.addAll(folded().getTags());
        previewLine(CustomerField.TAGS.labelKey(), format.format(tags));
        previewLine(CustomerField.NOTES.labelKey(), format.format(CustomerMergeService.combinedNotes(kept(), folded())));
    }

    private void previewLine(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("merge-preview-label");
        var line = new Div(label, new Span(value));
        line.addClassName("merge-preview-line");
        preview.add(line);
    }

    private void merge() {
        Map<CustomerField, Side> chosen = new EnumMap<>(CustomerField.class);
        choices.forEach((field, choice) -> chosen.put(field, choice.getValue()));
        try {
            mergeService.merge(kept().getId(), kept().getVersion(), folded().getId(), folded().getVersion(), chosen);
            Notifications.success(getTranslation("merge.done", folded().getName(), kept().getName()));
            close();
            onMerged.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("merge.conflict"));
            close();
            onMerged.run();
        } catch (AccessDeniedException refused) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (ConstraintViolationException invalid) {
            Notifications.error(invalid.getConstraintViolations().stream().findFirst().map(this::describe)
                    .orElse(getTranslation("error.invalid")));
        }
    }

    /** "Notas: Como mucho 10.000 caracteres": the field's label and what is wrong with it. */
    private String describe(ConstraintViolation<?> violation) {
        String property = violation.getPropertyPath().toString();
        String fieldName = property.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        String label = Arrays.stream(CustomerField.values()).filter(field -> field.name().equals(fieldName))
                .findFirst().map(field -> getTranslation(field.labelKey())).orElse(property);
        return getTranslation("merge.invalid", label,
                getTranslation(BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty();
    }
}
