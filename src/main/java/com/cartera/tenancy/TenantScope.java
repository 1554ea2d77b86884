package com.cartera.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant whose data the current code works on.
 *
 * <p>Inside a request (and in Vaadin work that does not pass a request filter) the tenant is the
 * signed-in principal's workspace, read from the security context, never from a request parameter.
 * Work outside a request (jobs, imports, start-up) names its tenant explicitly with {@link #run} or
 * {@link #call}; an explicit scope wins over the principal.
 *
 * <p>A transaction's persistence session keeps the schema it was opened in, so switching to another tenant
 * while a transaction is active is refused: work for the other tenant would silently read and write the
 * first one's schema. Switch tenants outside transactions.
 */
public final class TenantScope {

    private static final ThreadLocal<TenantRef> EXPLICIT = new ThreadLocal<>();

    private TenantScope() {
    }

    /** The tenant in scope, if any. */
    public static Optional<TenantRef> current() {
        TenantRef explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        return TabWorkspace.check(signedIn());
    }

    private static Optional<TenantRef> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.tenant();
        }
        return Optional.empty();
    }

    /** The tenant in scope; fails loudly without one. */
    public static TenantRef require() {
        return current().orElseThrow(NoTenantException::new);
    }

    public static void run(TenantRef tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(TenantRef tenant, Supplier<T> work) {
        try {
            return within(tenant, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps {@code work} so that it runs in the tenant in scope now, on whichever thread runs it later. */
    public static <T> Callable<T> carry(Callable<T> work) {
        TenantRef tenant = require();
        return () -> within(tenant, work);
    }

    private static <T> T within(TenantRef tenant, Callable<T> work) throws Exception {
        refuseSwitchInsideTransaction(tenant);
        TenantRef previous = EXPLICIT.get();
        EXPLICIT.set(tenant);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    private static void refuseSwitchInsideTransaction(TenantRef tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        current().filter(active -> !active.equals(tenant)).ifPresent(active -> {
            throw new IllegalStateException("Cannot switch from workspace " + active.slug() + " to " + tenant.slug()
                    + " inside a transaction: its session stays in " + active.schema());
        });
    }
}
