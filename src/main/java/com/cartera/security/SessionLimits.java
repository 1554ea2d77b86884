package com.cartera.security;

import java.io.IOException;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * At most {@code cartera.sessions.max-per-account} sessions per account: each sign-in beyond that ends the
 * account's least recently used session, whose next request lands on the login page with a message. A new
 * session is made at sign-in instead of keeping the old one's attributes, so the Vaadin UIs of the login page
 * do not stay in the signed-in session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionLimits {

    /** The login page's query parameter that says why the user is there. */
    static final String ENDED_URL = "/login?session-ended";

    private final SessionProperties properties;

    SessionLimits(SessionProperties properties) {
        this.properties = properties;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new AccountSessionRegistry();
    }

    /** Tells the registry when the servlet container ends a session or changes its id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    void configure(SessionManagementConfigurer<HttpSecurity> sessions, SessionRegistry registry) {
        sessions.sessionFixation(fixation -> fixation.newSession())
                .maximumSessions(properties.maxPerAccount())
                .sessionRegistry(registry)
                .expiredSessionStrategy(new ToLoginPage());
    }

    /**
     * Where an ended session's next request goes. A page goes to the login page; Vaadin's own requests get
     * the answers its browser client acts on: a UI request one that sends the browser to the login page, a
     * heartbeat "gone", upon which the client goes to the session-expired address (the login page too).
     */
    private static final class ToLoginPage implements SessionInformationExpiredStrategy {

        private static final String VAADIN_REQUEST_TYPE = "v-r";

        @Override
        public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
            HttpServletRequest request = event.getRequest();
            HttpServletResponse response = event.getResponse();
            String loginUrl = request.getContextPath() + ENDED_URL;
            switch (String.valueOf(request.getParameter(VAADIN_REQUEST_TYPE))) {
                case "uidl" -> {
                    response.setContentType("application/json; charset=UTF-8");
                    response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, loginUrl));
                }
                // Not sendError: its error page would be a request of its own, sent to the login page.
                case "heartbeat" -> response.setStatus(HttpServletResponse.SC_GONE);
                default -> response.sendRedirect(loginUrl);
            }
        }
    }
}
