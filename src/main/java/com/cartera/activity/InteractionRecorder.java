package com.cartera.activity;

import java.util.Set;
import java.util.UUID;

import com.cartera.base.mention.NoteMentioned;
import com.cartera.tenancy.TenantScope;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes interactions once the caller checked who may: logged by hand ({@link InteractionService}) or by
 * completing a follow-up ({@link FollowUpService}). Every write recomputes the customer's alert.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InteractionRecorder {

    private final InteractionRepository interactions;
    private final FollowUpAlerts alerts;
    private final Validator validator;
    private final ApplicationEventPublisher notices;

    InteractionRecorder(InteractionRepository interactions, FollowUpAlerts alerts, Validator validator,
                        ApplicationEventPublisher notices) {
        this.notices = notices;
        this.interactions = interactions;
        this.alerts = alerts;
        this.validator = validator;
    }

    /** @throws ConstraintViolationException naming the fields with wrong values */
    public Interaction record(long customerId, InteractionDraft draft, UUID authorId) {
        var interaction = new Interaction(customerId, draft.kind(), draft.occurredAt());
        interaction.setAuthorId(authorId);
        return save(interaction, draft);
    }

    /** @throws ConstraintViolationException naming the fields with wrong values */
    public Interaction correct(Interaction interaction, InteractionDraft draft) {
        return save(interaction, draft);
    }

    private Interaction save(Interaction interaction, InteractionDraft draft) {
        interaction.setKind(draft.kind());
        interaction.setDirection(draft.direction());
        interaction.setOccurredAt(draft.occurredAt());
        interaction.setOutcome(draft.outcome());
        String previousNotes = interaction.getNotes();
        interaction.setNotes(draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip());
        var violations = validator.validate(interaction);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Interaction saved = interactions.saveAndFlush(interaction);
        alerts.recompute(Set.of(interaction.getCustomerId()));
        // For the notification module: everyone newly mentioned in the notes is told.
        NoteMentioned.between(TenantScope.require(), "INTERACTION", saved.getId(), "", "customers/" + saved.getCustomerId(),
                previousNotes, saved.getNotes(), saved.getAuthorId()).ifPresent(notices::publishEvent);
        return saved;
    }
}
