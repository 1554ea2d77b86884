package com.cartera.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import com.cartera.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A view whose database work ran past its time limit tells the user so (cancelled, nothing saved, try a narrower
 * filter) instead of the generic failure; the failure is a real one from PostgreSQL.
 */
class TimeoutMessageTest extends KaribuTest {

    private Throwable aStatementPastItsTimeout() {
        var jdbc = context.getBean(JdbcTemplate.class);
        return catchThrowable(() -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> {
                    jdbc.execute("set local statement_timeout = 100");
                    jdbc.queryForObject("select pg_sleep(10)", Object.class);
                }));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    @Test
    void aTimeoutSaysTheWorkWasCancelledAndNothingSaved() {
        login(data.newWorkspace("Plazos " + com.cartera.TestData.uniqueSlug("p")));
        Throwable timeout = aStatementPastItsTimeout();
        assertThat(timeout).isNotNull();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException("view listener", timeout)));

        assertThat(notifications()).containsExactly("La operación tardó demasiado y se canceló; no se ha guardado"
                + " nada. Prueba con un filtro más concreto o inténtalo de nuevo más tarde.");
    }

    @Test
    void inEnglishToo() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(aStatementPastItsTimeout()));

        assertThat(notifications()).containsExactly("The operation took too long and was cancelled; nothing was"
                + " saved. Try a more specific filter, or try again later.");
    }

    @Test
    void otherFailuresKeepTheGeneralMessage() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        assertThat(notifications()).singleElement().asString().startsWith("Algo ha fallado");
    }
}
