package com.cartera.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.cartera.audit.Audited;
import com.cartera.security.TeamMember;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SecondaryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone in the workspace's portfolio: a lead, a prospect, a customer, or one lost. */
@Audited(value = "CUSTOMER", customer = "id", label = "name")
@Entity
@Table(name = "customer")
// The churn risk lives in a narrow table of its own: the nightly refit rewrites it for every customer who bought,
// which on the customer table would rewrite each wide row and every one of its indexes.
@SecondaryTable(name = CustomerChurnRisk.TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
@SecondaryRow(table = CustomerChurnRisk.TABLE, owned = false)
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

    @Size(max = 80, message = "{customer.sector.too-long}")
    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", length = 10)
    private CompanySize companySize;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band", length = 15)
    private IncomeBand incomeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_stage", length = 20)
    private LifeStage lifeStage;

    @Past(message = "{customer.birthday.past}")
    private LocalDate birthday;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_payment", length = 15)
    private PaymentMethod preferredPayment;

    @Size(max = 500, message = "{customer.interests.too-long}")
    private String interests;

    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    @Column(name = "marketing_consent_at")
    private Instant marketingConsentAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private CustomerSource source;

    @Size(max = 120, message = "{customer.source-campaign.too-long}")
    @Column(name = "source_campaign")
    private String sourceCampaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_by_id")
    private Customer referredBy;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @BatchSize(size = 100)
    private Set<Tag> tags = new HashSet<>();

    /** Computed by the follow-up rules (never written from here), with the reason shown beside the colour. */
    @Enumerated(EnumType.STRING)
    @Column(name = "alert_colour", length = 6, insertable = false, updatable = false)
    private AlertColour alertColour;

    @Column(name = "alert_reason", length = 300, insertable = false, updatable = false)
    private String alertReason;

    /** Judged by finance from the receivables (never written from here); null when there is no risk. */
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_risk", length = 5, insertable = false, updatable = false)
    private PaymentRisk paymentRisk;

    @Column(name = "payment_risk_reasons", insertable = false, updatable = false)
    private String[] paymentRiskReasons = {};

    /** Published by analytics at each refit of its predictions (never written from here). */
    @Column(table = CustomerChurnRisk.TABLE, name = "score", insertable = false, updatable = false)
    private Short churnRiskScore;

    @Enumerated(EnumType.STRING)
    @Column(table = CustomerChurnRisk.TABLE, name = "level", length = 6, insertable = false, updatable = false)
    private ChurnRiskLevel churnRiskLevel;

    // Purchase figures: kept by database triggers on purchase, so never written from here.
    @Column(name = "first_purchase_on", insertable = false, updatable = false)
    private LocalDate firstPurchaseOn;

    @Column(name = "last_purchase_on", insertable = false, updatable = false)
    private LocalDate lastPurchaseOn;

    @Column(name = "purchase_count", insertable = false, updatable = false)
    private int purchaseCount;

    /** Historical CLV: gross revenue from the customer to date, in the workspace currency. */
    @Column(name = "revenue", insertable = false, updatable = false)
    private BigDecimal revenue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_computed", insertable = false, updatable = false)
    private ValueTier tierComputed;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_override", insertable = false, updatable = false)
    private ValueTier tierOverride;

    @Column(name = "tier_override_by", insertable = false, updatable = false)
    private UUID tierOverrideBy;

    @Column(name = "tier_override_at", insertable = false, updatable = false)
    private Instant tierOverrideAt;

    /** The tier in force: the override if someone set one, else the computed one (a generated column). */
    @Enumerated(EnumType.STRING)
    @Column(name = "tier", insertable = false, updatable = false)
    private ValueTier tier;

    // RFM scores and segment: written by the segment computation only.
    @Column(name = "rfm_recency", insertable = false, updatable = false)
    private Short rfmRecency;

    @Column(name = "rfm_frequency", insertable = false, updatable = false)
    private Short rfmFrequency;

    @Column(name = "rfm_monetary", insertable = false, updatable = false)
    private Short rfmMonetary;

    @Column(name = "rfm_segment", insertable = false, updatable = false)
    private String rfmSegment;

    /** Written by the database (a generated column): name, e-mail, phone and tax id without case or accents. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "deleted_at", insertable = false, updatable = false)
    private Instant deletedAt;

    @Column(name = "deleted_by", insertable = false, updatable = false)
    private UUID deletedBy;

    @Column(name = "merged_into_id", insertable = false, updatable = false)
    private Long mergedIntoId;

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

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public CompanySize getCompanySize() {
        return companySize;
    }

    public void setCompanySize(CompanySize companySize) {
        this.companySize = companySize;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(IncomeBand incomeBand) {
        this.incomeBand = incomeBand;
    }

    public LifeStage getLifeStage() {
        return lifeStage;
    }

    public void setLifeStage(LifeStage lifeStage) {
        this.lifeStage = lifeStage;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public PaymentMethod getPreferredPayment() {
        return preferredPayment;
    }

    public void setPreferredPayment(PaymentMethod preferredPayment) {
        this.preferredPayment = preferredPayment;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    /** Records the consent with the moment it was given; withdrawing it clears the moment. */
    public void setMarketingConsent(boolean marketingConsent) {
        if (marketingConsent && !this.marketingConsent) {
            marketingConsentAt = Instant.now();
        } else if (!marketingConsent) {
            marketingConsentAt = null;
        }
        this.marketingConsent = marketingConsent;
    }

    public Instant getMarketingConsentAt() {
        return marketingConsentAt;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public String getSourceCampaign() {
        return sourceCampaign;
    }

    public void setSourceCampaign(String sourceCampaign) {
        this.sourceCampaign = sourceCampaign;
    }

    public Customer getReferredBy() {
        return referredBy;
    }

    public void setReferredBy(Customer referredBy) {
        this.referredBy = referredBy;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public void setTags(Set<Tag> tags) {
        this.tags = new HashSet<>(tags);
    }

    public AlertColour getAlertColour() {
        return alertColour;
    }

    public String getAlertReason() {
        return alertReason;
    }

    public PaymentRisk getPaymentRisk() {
        return paymentRisk;
    }

    public Set<PaymentRiskReason> getPaymentRiskReasons() {
        Set<PaymentRiskReason> reasons = EnumSet.noneOf(PaymentRiskReason.class);
        for (String reason : paymentRiskReasons) {
            reasons.add(PaymentRiskReason.valueOf(reason));
        }
        return reasons;
    }

    public Short getChurnRiskScore() {
        return churnRiskScore;
    }

    public ChurnRiskLevel getChurnRiskLevel() {
        return churnRiskLevel;
    }

    public LocalDate getFirstPurchaseOn() {
        return firstPurchaseOn;
    }

    public LocalDate getLastPurchaseOn() {
        return lastPurchaseOn;
    }

    public int getPurchaseCount() {
        return purchaseCount;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public ValueTier getTierComputed() {
        return tierComputed;
    }

    public ValueTier getTierOverride() {
        return tierOverride;
    }

    public UUID getTierOverrideBy() {
        return tierOverrideBy;
    }

    public Instant getTierOverrideAt() {
        return tierOverrideAt;
    }

    public ValueTier getTier() {
        return tier;
    }

    public Short getRfmRecency() {
        return rfmRecency;
    }

    public Short getRfmFrequency() {
        return rfmFrequency;
    }

    public Short getRfmMonetary() {
        return rfmMonetary;
    }

    public String getRfmSegment() {
        return rfmSegment;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    void stampChangedBy(UUID userId) {
        if (id == null) {
            createdBy = userId;
        }
        updatedBy = userId;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public UUID getDeletedBy() {
        return deletedBy;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
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
