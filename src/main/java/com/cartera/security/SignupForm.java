package com.cartera.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a company fills in to open a workspace. Mutable for form binding. */
public class SignupForm {

    /** Lower-case letters, digits and inner hyphens; starts with a letter. */
    public static final String SLUG_PATTERN = "[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}";

    @NotBlank(message = "{signup.company.required}")
    @Size(max = 120, message = "{signup.company.too-long}")
    private String companyName = "";

    @NotBlank(message = "{signup.slug.required}")
    @Pattern(regexp = SLUG_PATTERN, message = "{signup.slug.format}")
    private String slug = "";

    @NotBlank(message = "{signup.admin-name.required}")
    @Size(max = 120, message = "{signup.admin-name.too-long}")
    private String adminName = "";

    @NotBlank(message = "{signup.email.required}")
    @Email(regexp = ".+@.+\\..+", message = "{signup.email.format}")
    @Size(max = 254, message = "{signup.email.format}")
    private String email = "";

    @NotBlank(message = "{password.too-short}")
    private String password = "";

    /** The zone the workspace counts its days in; Spanish sign-ups start from Madrid's. */
    @NotBlank(message = "{settings.time-zone.invalid}")
    private String timeZone = "Europe/Madrid";

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
