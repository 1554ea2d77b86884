package com.cartera.support.webform;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.security.AccountMailProperties;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;

/**
 * The admin's side of the workspace's public form: switch it on or off, its text, the categories it offers, and
 * its address (made on first use, renewed on demand).
 */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class WebFormSettings {

    /** Characters of the text above the form at most. */
    public static final int INTRO_MAX = 1000;

    private final WebFormStore store;
    private final FormAddresses addresses;
    private final AccountMailProperties locations;
    private final CurrentUser currentUser;
    private final Clock clock;

    WebFormSettings(WebFormStore store, FormAddresses addresses, AccountMailProperties locations,
                    CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.addresses = addresses;
        this.locations = locations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FormSettings settings() {
        return store.settings();
    }

    /** Every category of the workspace in use, to choose from. */
    @Transactional(readOnly = true)
    public List<FormCategory> categories() {
        return store.categories();
    }

    /**
     * @throws FieldRejectedException when the text is too long (field {@code intro})
     * @throws OptimisticLockingFailureException when someone saved the settings since {@code edited} was read
     */
    @Transactional
    public FormSettings save(FormSettings edited) {
        String intro = edited.intro() == null || edited.intro().isBlank() ? null : edited.intro().strip();
        if (intro != null && intro.length() > INTRO_MAX) {
            throw new FieldRejectedException("intro", "support.form.settings.intro.too-long");
        }
        if (!store.save(edited.enabled(), intro, edited.categoryIds(), edited.version(), clock.instant(),
                currentUser.require().userId())) {
            throw new OptimisticLockingFailureException("The support form's settings were saved by someone else");
        }
        return store.settings();
    }

    /** The form's public address, to put on the workspace's web site; it works only while the form is on. */
    @Transactional
    public String publicAddress() {
        return link(addresses.keyOf(TenantScope.require().id()));
    }

    /** A new public address; the old one stops working at once (for a form that attracts spam). */
    @Transactional
    public String renewAddress() {
        return link(addresses.renew(TenantScope.require().id()));
    }

    private String link(String key) {
        return locations.link("/" + FormAddresses.PATH + key).toString();
    }
}
