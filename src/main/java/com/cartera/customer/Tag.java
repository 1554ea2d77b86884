package com.cartera.customer;

import java.time.Instant;

import com.cartera.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A label the workspace defines, with a colour, to group customers ("VIP", "Feria 2026"). */
@Audited(value = "TAG", label = "name")
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{tag.name.required}")
    @Size(max = 60, message = "{tag.name.too-long}")
    @Column(nullable = false, length = 60)
    private String name;

    @NotBlank(message = "{tag.colour.format}")
    @Pattern(regexp = "#[0-9a-f]{6}", message = "{tag.colour.format}")
    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tag() {
    }

    public Tag(String name, String colour) {
        this.name = name;
        this.colour = colour;
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

    public void setName(String name) {
        this.name = name;
    }

    /** Lower-case {@code #rrggbb}. */
    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Tag.class.hashCode();
    }
}
