package com.cartera.sales;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's pipelines and their stages. Everyone reads them; management and admin add pipelines and
 * add, rename, reorder, recolour and remove stages. A stage holding opportunities is removed only by
 * moving them to another stage of the same kind (open, won or lost) in the same step.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class PipelineService {

    private final PipelineRepository pipelines;
    private final PipelineStageRepository stages;
    private final OpportunityRepository opportunities;
    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final Validator validator;

    PipelineService(PipelineRepository pipelines, PipelineStageRepository stages, OpportunityRepository opportunities,
                    TenantSql sql, CurrentUser currentUser, Validator validator) {
        this.pipelines = pipelines;
        this.stages = stages;
        this.opportunities = opportunities;
        this.sql = sql;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The main pipeline first, then the others by name. */
    public List<Pipeline> pipelines() {
        return pipelines.findAllByOrderByMainDescNameAsc();
    }

    public Pipeline mainPipeline() {
        return pipelines.findByMainTrue().orElseThrow(() -> new IllegalStateException("The workspace has no main pipeline"));
    }

    public Optional<Pipeline> find(long pipelineId) {
        return pipelines.findById(pipelineId);
    }

    /** Left to right. */
    public List<PipelineStage> stages(long pipelineId) {
        return stages.findByPipelineIdOrderByPositionAsc(pipelineId);
    }

    /** How many opportunities, open or closed, are in the stage. */
    public long opportunityCount(long stageId) {
        return opportunities.countByStageId(stageId);
    }

    /** A new pipeline with a copy of the main pipeline's stages. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public Pipeline createPipeline(String name) {
        String trimmed = requireName(name, null);
        Pipeline pipeline = pipelines.saveAndFlush(new Pipeline(trimmed));
        sql.client().sql("""
                        insert into pipeline_stage (pipeline_id, name, position, probability, colour, won, lost)
                        select :pipeline, name, position, probability, colour, won, lost
                        from pipeline_stage where pipeline_id = :main""")
                .param("pipeline", pipeline.getId())
                .param("main", mainPipeline().getId())
                .update();
        return pipeline;
    }

    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public Pipeline renamePipeline(long pipelineId, long expectedVersion, String name) {
        Pipeline pipeline = pipelines.findById(pipelineId)
                .filter(found -> found.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Pipeline.class, pipelineId));
        pipeline.setName(requireName(name, pipeline));
        return pipelines.saveAndFlush(pipeline);
    }

    /**
     * Adds a stage at the right end of its pipeline, or saves changes to one. The won and lost flags change
     * only while the stage is empty, so that no opportunity's status goes out of step with its stage.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws FieldRejectedException       for a name taken in the pipeline, locked flags or no open stage left
     * @throws ObjectOptimisticLockingFailureException when someone else changed the stage meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public PipelineStage saveStage(PipelineStage stage) {
        var violations = validator.validate(stage);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        stage.setName(stage.getName().strip());
        List<PipelineStage> siblings = stages(stage.getPipelineId());
        boolean nameTaken = siblings.stream().anyMatch(other -> !other.getId().equals(stage.getId())
                && other.getName().equalsIgnoreCase(stage.getName()));
        if (nameTaken) {
            throw new FieldRejectedException("name", "pipeline.stage.name.taken");
        }
        if (stage.getId() == null) {
            stage.setPosition(siblings.stream().mapToInt(PipelineStage::getPosition).max().orElse(0) + 1);
            return stages.saveAndFlush(stage);
        }
        PipelineStage current = siblings.stream().filter(other -> other.getId().equals(stage.getId())).findFirst()
                .filter(found -> found.getVersion() == stage.getVersion())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(PipelineStage.class, stage.getId()));
        boolean flagsChanged = current.isWon() != stage.isWon() || current.isLost() != stage.isLost();
        if (flagsChanged && opportunities.countByStageId(current.getId()) > 0) {
            throw new FieldRejectedException("won", "pipeline.stage.flags-locked");
        }
        if (!stage.isOpen() && siblings.stream().filter(PipelineStage::isOpen).allMatch(current::equals)) {
            throw new FieldRejectedException("won", "pipeline.stage.last-open");
        }
        current.setName(stage.getName());
        current.setProbability(stage.getProbability());
        current.setColour(stage.getColour());
        current.setWon(stage.isWon());
        current.setLost(stage.isLost());
        return stages.saveAndFlush(current);
    }

    /** Puts the stage at {@code newIndex} (0 = leftmost), shifting the others. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public List<PipelineStage> moveStage(long stageId, int newIndex) {
        PipelineStage stage = stages.findById(stageId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(PipelineStage.class, stageId));
        List<PipelineStage> ordered = new ArrayList<>(stages(stage.getPipelineId()));
        ordered.remove(stage);
        ordered.add(Math.clamp(newIndex, 0, ordered.size()), stage);
        renumber(ordered);
        return ordered;
    }

    /**
     * Removes a stage. Its opportunities, if any, first move to {@code moveTo} (appended at the bottom of its
     * column, each move kept in the history); the two stages must be of the same kind.
     *
     * @throws FieldRejectedException {@code moveTo} when the stage holds opportunities and no fitting
     *                                stage to move them to was named; {@code stage} for the last open stage
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public void deleteStage(long stageId, Long moveTo) {
        PipelineStage stage = stages.findById(stageId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(PipelineStage.class, stageId));
        List<PipelineStage> siblings = new ArrayList<>(stages(stage.getPipelineId()));
        if (stage.isOpen() && siblings.stream().filter(PipelineStage::isOpen).count() == 1) {
            throw new FieldRejectedException("stage", "pipeline.stage.last-open");
        }
        if (opportunities.countByStageId(stageId) > 0) {
            PipelineStage target = siblings.stream()
                    .filter(other -> moveTo != null && other.getId().equals(moveTo) && !other.equals(stage))
                    .findFirst()
                    .orElseThrow(() -> new FieldRejectedException("moveTo", "pipeline.stage.has-opportunities"));
            if (target.status() != stage.status()) {
                throw new FieldRejectedException("moveTo", "pipeline.stage.move-same-kind");
            }
            moveAllOpportunities(stage, target);
        }
        siblings.remove(stage);
        stages.delete(stage);
        stages.flush();
        renumber(siblings);
    }

    private void moveAllOpportunities(PipelineStage from, PipelineStage to) {
        var by = currentUser.require().userId();
        sql.client().sql("""
                        insert into opportunity_stage_change
                            (opportunity_id, from_stage_id, from_stage_name, to_stage_id, to_stage_name, changed_at, changed_by)
                        select id, :from, :fromName, :to, :toName, now(), :by
                        from opportunity where stage_id = :from""")
                .param("from", from.getId())
                .param("fromName", from.getName())
                .param("to", to.getId())
                .param("toName", to.getName())
                .param("by", by, Types.OTHER)
                .update();
        // Appended below the target's cards, in their old order, spaced like a spread-out column.
        sql.client().sql("""
                        update opportunity o
                        set stage_id = :to, stage_entered_at = now(), updated_at = now(), updated_by = :by,
                            version = o.version + 1,
                            position = coalesce((select max(position) from opportunity where stage_id = :to), 0)
                                       + r.place * :gap
                        from (select id, row_number() over (order by position, id) as place
                              from opportunity where stage_id = :from) r
                        where o.id = r.id""")
                .param("from", from.getId())
                .param("to", to.getId())
                .param("by", by, Types.OTHER)
                .param("gap", CardPositions.GAP)
                .update();
    }

    private void renumber(List<PipelineStage> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        stages.saveAllAndFlush(ordered);
    }

    private String requireName(String name, Pipeline renamed) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new FieldRejectedException("name", "pipeline.name.required");
        }
        if (trimmed.length() > 80) {
            throw new FieldRejectedException("name", "pipeline.name.too-long");
        }
        boolean sameAsBefore = renamed != null && renamed.getName().equalsIgnoreCase(trimmed);
        if (!sameAsBefore && pipelines.existsByNameIgnoreCase(trimmed)) {
            throw new FieldRejectedException("name", "pipeline.name.taken");
        }
        return trimmed;
    }
}
