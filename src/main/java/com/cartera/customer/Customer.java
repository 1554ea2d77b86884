package com.cartera.customer;

import java.time.Instant;

import com.cartera.security.TeamMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone in the workspace's portfolio: a lead, a prospect, a customer, or one lost. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @NotNull(message = "{customer.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CustomerKind kind = CustomerKind.PERSON;

    @NotBlank(message = "{customer.name.required}")
    @Size(max = 200, message = "{customer.name.too-long}")
    @Column(nullable = false, length = 200)
    private String name;

    @Email(regexp = "^$|.+@.+\\..+", message = "{customer.email.format}")
    @Size(max = 254, message = "{customer.email.format}")
    private String email;

    @Pattern(regexp = "^$|[+0-9 ().-]{6,40}", message = "{customer.phone.format}")
    private String phone;

    @Size(max = 40, message = "{customer.tax-id.too-long}")
    @Column(name = "tax_id")
    private String taxId;

    @Size(max = 120, message = "{customer.city.too-long}")
    private String city;

    @Size(max = 120, message = "{customer.region.too-long}")
    private String region;

    @Pattern(regexp = "^$|[A-Z]{2}", message = "{customer.country.format}")
    private String country;

    @NotNull(message = "{customer.stage.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false, length = 20)
    private LifecycleStage lifecycleStage = LifecycleStage.LEAD;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private TeamMember owner;

    @Size(max = 10_000, message = "{customer.notes.too-long}")
    private String notes;

    /** Written by the database (a generated column): name, e-mail, phone and tax id without case or accents. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

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

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }

    public void setLifecycleStage(LifecycleStage lifecycleStage) {
        this.lifecycleStage = lifecycleStage;
    }

    public TeamMember getOwner() {
        return owner;
    }

    public void setOwner(TeamMember owner) {
        this.owner = owner;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }


    public long getVersion() {
        return version;
    }
}
