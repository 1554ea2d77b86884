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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to talk to at a company customer. */
@Audited(value = "CONTACT", customer = "companyId", label = "name")
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 200, message = "{contact.name.too-long}")
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 120, message = "{contact.job-title.too-long}")
    @Column(name = "job_title")
    private String jobTitle;

    @Email(regexp = "^$|.+@.+\\..+", message = "{customer.email.format}")
    @Size(max = 254, message = "{customer.email.format}")
    private String email;

    @Pattern(regexp = "^$|[+0-9 ().-]{6,40}", message = "{customer.phone.format}")
    private String phone;

    @Size(max = 2000, message = "{contact.notes.too-long}")
    private String notes;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ContactPerson() {
    }

    public ContactPerson(Long companyId) {
        this.companyId = companyId;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public long getVersion() {
        return version;
    }
}
