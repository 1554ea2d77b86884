package com.cartera.support.webform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import com.cartera.support.webform.WebFormResult.Outcome;
import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;

/**
 * The public support form, for people who sign in nowhere: shows a workspace's form by its address key and takes
 * submissions. Anyone may call it ({@link PermitAll}); it enters the form's workspace itself, and nothing else.
 *
 * <p>A submission passes, in order: the address (an unknown key, a form switched off and a suspended workspace
 * all answer {@link Outcome#UNAVAILABLE} alike), the hidden field, the signed time the form was shown (too fast:
 * a robot; too old: send again), the values ({@link WebFormRules}), and only then the client's and the
 * workspace's budgets ({@link WebFormLimits}), so a person correcting a typo is never charged.
 */
@Service
@PermitAll
@EnableConfigurationProperties(WebFormProperties.class)
public class WebFormSubmissions {

    private final FormAddresses addresses;
    private final TenantDirectory tenants;
    private final WebFormWorkspace workspace;
    private final WebFormLimits limits;
    private final WebFormProperties settings;
    private final FormStamp stamps;
    private final Clock clock;

    WebFormSubmissions(FormAddresses addresses, TenantDirectory tenants, WebFormWorkspace workspace,
                       WebFormLimits limits, WebFormProperties settings, Clock clock) {
        this.addresses = addresses;
        this.tenants = tenants;
        this.workspace = workspace;
        this.limits = limits;
        this.settings = settings;
        this.stamps = new FormStamp(settings.stampSecret());
        this.clock = clock;
    }

    /** The form at {@code /ayuda/<key>}, with a fresh signed time; empty when there is none to show. */
    public Optional<OfferedForm> open(String key) {
        return activeTenant(key).flatMap(tenant -> TenantScope.call(tenant.ref(), workspace::form)
                .map(form -> new OfferedForm(key, tenant.getName(), form.intro(), form.categories(),
                        stamps.issue(key, clock.instant()))));
    }

    /**
     * Opens a ticket in the form's workspace from {@code entry}, or says why not.
     *
     * @param stamp  the signed time the form was shown ({@link OfferedForm#stamp()})
     * @param client the client's address (the request's remote address), or null when unknown
     * @param locale the language the confirmation mail is written in
     */
    public WebFormResult submit(String key, WebFormEntry entry, String stamp, String client, Locale locale) {
        Optional<Tenant> tenant = activeTenant(key);
        Optional<WebFormWorkspace.Form> form = tenant.flatMap(found -> TenantScope.call(found.ref(), workspace::form));
        if (form.isEmpty()) {
            return WebFormResult.of(Outcome.UNAVAILABLE);
        }
        if (entry.website() != null && !entry.website().isEmpty()) {
            return WebFormResult.of(Outcome.SPAM);
        }
        switch (stamps.check(key, stamp, clock.instant(), settings.minFillTime(), settings.maxAge())) {
            case TOO_FAST -> {
                return WebFormResult.of(Outcome.TOO_FAST);
            }
            case STALE -> {
                return new WebFormResult(Outcome.STALE, List.of(), null, stamps.issue(key, clock.instant()));
            }
            case FRESH -> {
            }
        }
        List<Long> offered = form.get().categories().stream().map(FormCategory::id).toList();
        List<FieldProblem> problems = WebFormRules.problems(entry, offered, settings.maxLinks());
        if (!problems.isEmpty()) {
            return new WebFormResult(Outcome.INVALID, problems, null, null);
        }
        Tenant found = tenant.get();
        switch (limits.tryAcquire(found.getId(), client)) {
            case CLIENT_SPENT -> {
                return WebFormResult.of(Outcome.CLIENT_LIMIT);
            }
            case WORKSPACE_SPENT -> {
                return WebFormResult.of(Outcome.WORKSPACE_LIMIT);
            }
            case ALLOWED -> {
            }
        }
        String number = TenantScope.call(found.ref(),
                () -> workspace.openTicket(entry, locale, "/" + FormAddresses.PATH + key));
        return new WebFormResult(Outcome.ACCEPTED, List.of(), number, null);
    }

    private Optional<Tenant> activeTenant(String key) {
        return addresses.tenantOf(key).flatMap(tenants::find).filter(tenant -> tenant.getStatus() == Tenant.Status.ACTIVE);
    }
}
