package com.cartera;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.WorkspaceAuthentication;
import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Helpers for integration tests: unique workspaces made through the real sign-up, and acting as their users. */
public final class TestWorkspaces {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    public static final String PASSWORD = "Prueba-segura-2024";

    private TestWorkspaces() {
    }

    /** A slug no other test uses: {@code prefix-} and eight random letters or digits. */
    public static String uniqueSlug(String prefix) {
        var slug = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            slug.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return slug.toString();
    }

    public static SignupForm form(String slug, String email) {
        var form = new SignupForm();
        form.setCompanyName("Empresa " + slug);
        form.setSlug(slug);
        form.setAdminName("Admin " + slug);
        form.setEmail(email);
        form.setPassword(PASSWORD);
        return form;
    }

    public static String emailFor(String slug) {
        return "admin@" + slug + ".example.com";
    }

    /** Opens a workspace through the real sign-up and returns its admin, signed in to it. */
    public static SignedInUser signUp(SignupService signups, String slug) {
        return signups.signUp(form(slug, emailFor(slug)), Locale.forLanguageTag("es"), "127.0.0.1");
    }

    /**
     * Runs {@code work} on this thread signed in as {@code user}, as a request would, outside any browser tab (a
     * tab keeps the workspace it started in).
     */
    public static <T> T as(SignedInUser user, Callable<T> work) {
        UI tab = UI.getCurrent();
        UI.setCurrent(null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            UI.setCurrent(tab);
            SecurityContextHolder.setContext(previous);
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            }
        }
    }

    public static void as(SignedInUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Shrinks the connection pool to one physical connection until closed, so that every piece of work in
     * between provably reuses the same connection. Only for tests that run alone (test classes run one after
     * the other on the shared context).
     */
    public static AutoCloseable singleConnectionPool(DataSource dataSource) throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        var config = hikari.getHikariConfigMXBean();
        var pool = hikari.getHikariPoolMXBean();
        int maximum = config.getMaximumPoolSize();
        int minimumIdle = config.getMinimumIdle();
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(1);
        pool.softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pool.getTotalConnections() > 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The pool did not shrink to one connection: "
                        + pool.getTotalConnections() + " total, " + pool.getActiveConnections() + " active");
            }
            Thread.sleep(20);
        }
        return () -> {
            config.setMaximumPoolSize(maximum);
            config.setMinimumIdle(minimumIdle);
        };
    }
}
