package com.cartera.customer;

import java.time.Instant;

import com.cartera.security.TeamMember;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.ColumnTransformer;

/** A named customer-grid view of one person: filters, sort and visible columns; they may share it. */
@Entity
@Table(name = "saved_view")
public class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private TeamMember owner;

    @NotBlank(message = "{views.name.required}")
    @Size(max = 80, message = "{views.name.too-long}")
    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false)
    private boolean shared;

    @Convert(converter = SavedViewDefinitionConverter.class)
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    private SavedViewDefinition definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedView() {
    }

    SavedView(TeamMember owner, String name, boolean shared, SavedViewDefinition definition) {
        this.owner = owner;
        this.name = name;
        this.shared = shared;
        this.definition = definition;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public TeamMember getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    public SavedViewDefinition getDefinition() {
        return definition;
    }

    void setDefinition(SavedViewDefinition definition) {
        this.definition = definition;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedView other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return SavedView.class.hashCode();
    }
}
