package com.cartera.sales;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sales pipeline of the workspace: an ordered set of stages opportunities move through. */
@Entity
@Table(name = "pipeline")
public class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{pipeline.name.required}")
    @Size(max = 80, message = "{pipeline.name.too-long}")
    @Column(nullable = false, length = 80)
    private String name;

    /** The pipeline the board opens with. */
    @Column(nullable = false)
    private boolean main;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Pipeline() {
    }

    Pipeline(String name) {
        this.name = name;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isMain() {
        return main;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pipeline other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Pipeline.class.hashCode();
    }
}
