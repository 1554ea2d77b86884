package com.cartera.importexport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import as the wizard shows it: its settings, where it stands and what it did so far. Written only by
 * {@link ImportJobStore} (in the same transactions as the rows it counts), so read-only here.
 */
@Entity
@Immutable
@Table(name = "import_job")
public class ImportJob {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_key")
    private MatchKey matchKey;

    @Column(name = "leads_only")
    private boolean leadsOnly;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "sheet_name")
    private String sheetName;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "processed_rows")
    private int processedRows;

    @Column(name = "created_count")
    private int createdCount;

    @Column(name = "updated_count")
    private int updatedCount;

    @Column(name = "skipped_count")
    private int skippedCount;

    @Column(name = "failed_count")
    private int failedCount;

    @Column(name = "problem_key")
    private String problemKey;

    @Column(name = "problem_args", columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(read = "cast(problem_args as text)")
    private String problemArgs;

    @Column(name = "cancel_requested")
    private boolean cancelRequested;

    @Column(name = "rebuilding_indexes")
    private boolean rebuildingIndexes;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The instance that holds the job while it is queued or running. */
    private String owner;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    public Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public ImportMode getMode() {
        return mode;
    }

    public MatchKey getMatchKey() {
        return matchKey;
    }

    public boolean isLeadsOnly() {
        return leadsOnly;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSheetName() {
        return sheetName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getFailedCount() {
        return failedCount;
    }

    /** Why the job failed as a whole, as a translation key; null unless it did. */
    public String getProblemKey() {
        return problemKey;
    }

    /** The arguments of {@link #getProblemKey()}. */
    public List<String> problemArguments() {
        return problemArgs == null ? List.of() : JSON.readValue(problemArgs, new TypeReference<List<String>>() { });
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** All rows are in and the job builds the customer indexes it suspended for them. */
    public boolean isRebuildingIndexes() {
        return rebuildingIndexes;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getOwner() {
        return owner;
    }

    /** When the owner last said it still holds the job. */
    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /** Share of the rows done, 0 to 1. */
    public double progress() {
        return totalRows == 0 ? (status.finished() ? 1 : 0) : Math.min(1.0, processedRows / (double) totalRows);
    }
}
