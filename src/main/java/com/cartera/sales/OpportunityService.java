package com.cartera.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.mention.NoteMentioned;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerConversion;
import com.cartera.customer.CustomerService;
import com.cartera.live.LiveEvent.Kind;
import com.cartera.live.LiveEvents;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities: create, edit, and move across and within the board's columns. Every stage an opportunity
 * enters is kept with when and who; winning one makes its lead or prospect an active customer and records
 * the conversion. Checked against {@link OpportunityPermissions} on every change.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final PipelineStageRepository stages;
    private final StageChangeRepository stageChanges;
    private final ConversionRepository conversions;
    private final OpportunityPermissions permissions;
    private final CurrentUser currentUser;
    private final TeamDirectory teamDirectory;
    private final CustomerService customers;
    private final CustomerConversion customerConversion;
    private final SalesLookups lookups;
    private final Validator validator;
    private final ApplicationEventPublisher notices;
    private final LiveEvents liveEvents;

    OpportunityService(OpportunityRepository opportunities, PipelineStageRepository stages,
                       StageChangeRepository stageChanges, ConversionRepository conversions,
                       OpportunityPermissions permissions, CurrentUser currentUser, TeamDirectory teamDirectory,
                       CustomerService customers, CustomerConversion customerConversion, SalesLookups lookups,
                       Validator validator, ApplicationEventPublisher notices, LiveEvents liveEvents) {
        this.notices = notices;
        this.opportunities = opportunities;
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.conversions = conversions;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.teamDirectory = teamDirectory;
        this.customers = customers;
        this.customerConversion = customerConversion;
        this.lookups = lookups;
        this.validator = validator;
        this.liveEvents = liveEvents;
    }

    /** With customer, owner and products loaded. */
    public Optional<Opportunity> find(long id) {
        return opportunities.findDetailedById(id);
    }

    /** The customer's open opportunities, by title (for linking follow-ups to one). */
    public List<Opportunity> openOf(long customerId) {
        return opportunities.findByCustomerIdAndStatusOrderByTitleAsc(customerId, OpportunityStatus.OPEN);
    }

    /** Every stage the opportunity entered, oldest first. */
    public List<StageChange> history(long opportunityId) {
        return stageChanges.findByOpportunityIdOrderByChangedAtAscIdAsc(opportunityId);
    }

    public List<Conversion> conversionsOf(long customerId) {
        return conversions.findByCustomerIdOrderByConvertedAtAsc(customerId);
    }

    /**
     * The board's quick add: an opportunity for a customer with a title and an amount in the workspace
     * currency, owned by whoever adds it, on top of the pipeline's first open stage.
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MANAGEMENT})
    public Opportunity quickAdd(long pipelineId, Long customerId, String title, BigDecimal amount) {
        var opportunity = new Opportunity();
        if (customerId == null) {
            throw new FieldRejectedException("customer", "opportunity.customer.required");
        }
        opportunity.setCustomer(customers.find(customerId)
                .orElseThrow(() -> new FieldRejectedException("customer", "opportunity.customer.required")));
        opportunity.setTitle(title == null ? null : title.strip());
        opportunity.setAmount(amount);
        return create(pipelineId, opportunity);
    }

    /**
     * Adds an opportunity on top of the pipeline's first open stage. Without a currency it takes the
     * workspace's; without an owner it belongs to whoever adds it.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws AccessDeniedException        for someone who may not create, or not for another owner
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MANAGEMENT})
    public Opportunity create(long pipelineId, Opportunity opportunity) {
        if (!permissions.canCreate()) {
            throw new AccessDeniedException("Not allowed to create opportunities");
        }
        SignedInUser user = currentUser.require();
        if (opportunity.getCurrency() == null) {
            opportunity.setCurrency(lookups.workspaceCurrency());
        }
        if (opportunity.getOwner() == null) {
            teamDirectory.find(user.userId()).ifPresent(opportunity::setOwner);
        }
        if (!permissions.canReassign() && !Objects.equals(ownerOf(opportunity), user.userId())) {
            throw new AccessDeniedException("Not allowed to create an opportunity for someone else");
        }
        requireValid(opportunity);
        PipelineStage first = stages.findByPipelineIdOrderByPositionAsc(pipelineId).stream()
                .filter(PipelineStage::isOpen).findFirst()
                .orElseThrow(() -> new FieldRejectedException("stage", "pipeline.no-open-stage"));
        Instant now = Instant.now();
        opportunity.placeIn(pipelineId);
        opportunity.enter(first, CardPositions.between(null, opportunities.topPosition(first.getId(), -1)).orElseThrow(),
                null, now);
        opportunity.stampChangedBy(user.userId());
        Opportunity saved = opportunities.saveAndFlush(opportunity);
        stageChanges.save(new StageChange(saved.getId(), null, first, now, user.userId()));
        publishNotices(saved, null, null, user.userId());
        liveEvents.changed(Kind.OPPORTUNITY_CHANGED, saved.getId(), saved.getVersion(), ownerOf(saved));
        return saved;
    }

    /**
     * Saves the edited fields of an opportunity (not its stage or place: see {@link #move}).
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed or moved it meanwhile
     * @throws ConstraintViolationException            naming the fields with wrong values
     * @throws AccessDeniedException                   when it is not the signed-in person's to change
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MANAGEMENT})
    public Opportunity save(Opportunity edited) {
        Opportunity current = current(edited.getId(), edited.getVersion());
        permissions.requireEdit(current);
        if (!Objects.equals(ownerOf(current), ownerOf(edited)) && !permissions.canReassign()) {
            throw new AccessDeniedException("Not allowed to hand opportunity " + current.getId() + " to someone else");
        }
        requireValid(edited);
        UUID previousOwner = ownerOf(current);
        String previousNotes = current.getNotes();
        current.setTitle(edited.getTitle());
        current.setAmount(edited.getAmount());
        current.setCurrency(edited.getCurrency());
        current.setExpectedCloseOn(edited.getExpectedCloseOn());
        current.setOwner(edited.getOwner());
        current.setSource(edited.getSource());
        current.setCampaign(edited.getCampaign());
        current.setNotes(edited.getNotes());
        current.setProductIds(edited.getProductIds());
        current.stampChangedBy(currentUser.require().userId());
        Opportunity saved = opportunities.saveAndFlush(current);
        publishNotices(saved, previousOwner, previousNotes, currentUser.require().userId());
        liveEvents.changed(Kind.OPPORTUNITY_CHANGED, saved.getId(), saved.getVersion(), ownerOf(saved));
        return saved;
    }

    /** For the notification module: a new owner is told, and so is everyone newly mentioned in the notes. */
    private void publishNotices(Opportunity saved, UUID previousOwner, String previousNotes, UUID by) {
        UUID owner = ownerOf(saved);
        long customerId = saved.getCustomer().getId();
        if (owner != null && !owner.equals(previousOwner)) {
            notices.publishEvent(new OpportunityAssigned(TenantScope.require(), saved.getId(), saved.getTitle(),
                    customerId, owner, by));
        }
        NoteMentioned.between(TenantScope.require(), "OPPORTUNITY", saved.getId(), saved.getTitle(),
                "customers/" + customerId, previousNotes, saved.getNotes(), by).ifPresent(notices::publishEvent);
    }

    /**
     * Moves an opportunity to a stage, right above the card {@code aboveCardId} (null: at the bottom of the
     * column). Only the moved opportunity's row changes, unless its column has to be spread out.
     *
     * @param expectedVersion the version the person saw; another's move or edit since then is a conflict
     * @param lostReason      required when the stage means lost
     * @throws ObjectOptimisticLockingFailureException when someone else changed or moved it meanwhile
     * @throws FieldRejectedException                  {@code lostReason} missing or too long; {@code stage}
     *                                                 of another pipeline
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MANAGEMENT})
    public Opportunity move(long id, long expectedVersion, long toStageId, Long aboveCardId, String lostReason) {
        Opportunity opportunity = current(id, expectedVersion);
        permissions.requireEdit(opportunity);
        PipelineStage target = stages.findById(toStageId)
                .filter(stage -> stage.getPipelineId().equals(opportunity.getPipelineId()))
                .orElseThrow(() -> new FieldRejectedException("stage", "opportunity.stage.other-pipeline"));
        String reason = lostReason == null ? "" : lostReason.strip();
        if (reason.isEmpty() && target.getId().equals(opportunity.getStageId()) && opportunity.getLostReason() != null) {
            reason = opportunity.getLostReason(); // reordered inside the lost column: the reason stands
        }
        if (target.isLost() && reason.isEmpty()) {
            throw new FieldRejectedException("lostReason", "opportunity.lost-reason.required");
        }
        if (reason.length() > 300) {
            throw new FieldRejectedException("lostReason", "opportunity.lost-reason.too-long");
        }
        double position = placeFor(opportunity, target.getId(), aboveCardId);
        PipelineStage from = stages.findById(opportunity.getStageId()).orElseThrow();
        OpportunityStatus before = opportunity.getStatus();
        Instant now = Instant.now();
        UUID userId = currentUser.require().userId();
        opportunity.enter(target, position, reason, now);
        opportunity.stampChangedBy(userId);
        Opportunity saved = opportunities.saveAndFlush(opportunity);
        if (!from.equals(target)) {
            stageChanges.save(new StageChange(id, from, target, now, userId));
        }
        if (target.isWon() && before != OpportunityStatus.WON) {
            recordConversion(saved, now, userId);
        }
        liveEvents.changed(Kind.OPPORTUNITY_MOVED, id, saved.getVersion(), ownerOf(saved));
        return saved;
    }

    private double placeFor(Opportunity moved, long stageId, Long aboveCardId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Double below = aboveCardId == null || aboveCardId == moved.getId() ? null
                    : opportunities.positionInStage(aboveCardId, stageId).orElse(null);
            Double above = below == null ? opportunities.bottomPosition(stageId, moved.getId())
                    : opportunities.positionAbove(stageId, below, moved.getId());
            var position = CardPositions.between(above, below);
            if (position.isPresent()) {
                return position.getAsDouble();
            }
            opportunities.spreadOut(stageId, CardPositions.GAP);
        }
        throw new IllegalStateException("No room in stage " + stageId + " after spreading it out");
    }

    private void recordConversion(Opportunity opportunity, Instant at, UUID userId) {
        Customer customer = opportunity.getCustomer();
        customerConversion.convertToActive(customer.getId(), "opportunity " + opportunity.getId() + " won")
                .ifPresent(fromStage -> conversions.save(new Conversion(customer.getId(), opportunity.getId(), fromStage,
                        at, userId,
                        opportunity.getSource() != null ? opportunity.getSource() : customer.getSource(),
                        opportunity.getCampaign() != null ? opportunity.getCampaign() : customer.getSourceCampaign())));
    }

    private Opportunity current(Long id, long expectedVersion) {
        if (id == null) {
            throw new IllegalArgumentException("A new opportunity is created, not saved");
        }
        return opportunities.findDetailedById(id)
                .filter(found -> found.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Opportunity.class, id));
    }

    private static UUID ownerOf(Opportunity opportunity) {
        return opportunity.getOwner() == null ? null : opportunity.getOwner().getUserId();
    }

    private void requireValid(Opportunity opportunity) {
        var violations = validator.validate(opportunity);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
