package com.cartera.sales;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One column of a pipeline: its name, place, the probability that an opportunity in it closes, its colour,
 * and whether reaching it means the deal was won or lost.
 */
@Audited(value = "PIPELINE_STAGE", label = "name")
@Entity
@Table(name = "pipeline_stage")
public class PipelineStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private Long pipelineId;

    @NotBlank(message = "{pipeline.stage.name.required}")
    @Size(max = 60, message = "{pipeline.stage.name.too-long}")
    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false)
    private int position;

    @NotNull(message = "{pipeline.stage.probability.range}")
    @Min(value = 0, message = "{pipeline.stage.probability.range}")
    @Max(value = 100, message = "{pipeline.stage.probability.range}")
    @Column(nullable = false)
    private Integer probability;

    @NotNull(message = "{pipeline.stage.colour.format}")
    @Pattern(regexp = "#[0-9a-f]{6}", message = "{pipeline.stage.colour.format}")
    @Column(nullable = false, length = 7)
    private String colour;

    @Column(nullable = false)
    private boolean won;

    @Column(nullable = false)
    private boolean lost;

    @Version
    private long version;

    protected PipelineStage() {
    }

    public PipelineStage(long pipelineId, String name, int probability, String colour) {
        this.pipelineId = pipelineId;
        this.name = name;
        this.probability = probability;
        this.colour = colour;
    }

    @AssertTrue(message = "{pipeline.stage.won-and-lost}")
    public boolean isWonOrLostOrNeither() {
        return !(won && lost);
    }

    /** Neither won nor lost: deals here are still being worked. */
    public boolean isOpen() {
        return !won && !lost;
    }

    /** The status an opportunity gets by entering this stage. */
    public OpportunityStatus status() {
        return won ? OpportunityStatus.WON : lost ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    /** Lower-case {@code #rrggbb}. */
    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public boolean isWon() {
        return won;
    }

    public void setWon(boolean won) {
        this.won = won;
    }

    public boolean isLost() {
        return lost;
    }

    public void setLost(boolean lost) {
        this.lost = lost;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PipelineStage other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return PipelineStage.class.hashCode();
    }
}
