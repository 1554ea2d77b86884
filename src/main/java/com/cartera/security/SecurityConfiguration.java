package com.cartera.security;

import java.io.IOException;

import com.cartera.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Password sign-in through the login view, OpenID Connect sign-in for the providers configured under
 * {@code spring.security.oauth2.client}, and role checks on views and service methods.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What Vaadin's client engine needs (an inline bootstrap script, functions built from server-sent expressions,
     * inline styles) and nothing from other origins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oauth2Clients,
                                            IdentityLinks identityLinks, SignInService signIn,
                                            SecurityContextRepository contextRepository,
                                            RequestUtil vaadinRequests, ApplicationEventPublisher events,
                                            SessionLimits sessionLimits, SessionRegistry sessionRegistry,
                                            AccountSessionCap sessionCap)
            throws Exception {
        http.sessionManagement(sessions -> sessionLimits.configure(sessions, sessionRegistry));
        // Static files, charts' scripts included (public library code): no sign-in, so an expired session never
        // turns a script request into the page to return to after signing in.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/scripts/**",
                "/webjars/echarts/**").permitAll());
        // Calendar feeds (calendar module): calendar applications sign in nowhere; the secret address is the key.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/calendar/*.ics").permitAll());
        http.securityContext(context -> context.securityContextRepository(contextRepository));
        http.addFilterAfter(new MembershipFreshnessFilter(signIn, contextRepository), SecurityContextHolderFilter.class);
        if (oauth2Clients.getIfAvailable() != null) {
            http.oauth2Login(oauth2 -> oauth2
                    .loginPage("/login")
                    .successHandler(new OAuth2SignInHandler(identityLinks, signIn, contextRepository, events,
                            sessionCap))
                    .failureUrl("/login?error=oauth2"));
        }
        requireCsrfTokenOnLogin(http, vaadinRequests);
        hardenResponseHeaders(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * Vaadin's own CSRF set-up exempts the login page, so another site could sign a visitor in to the attacker's
     * account (login CSRF). Only Vaadin's internal requests are exempt here, as they carry Vaadin's own token; the
     * login form sends Spring's token, which Vaadin puts in the page's {@code _csrf} meta tags.
     */
    private static void requireCsrfTokenOnLogin(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .addObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(SecurityConfiguration::refuseFormWithoutToken);
                        return filter;
                    }
                }));
    }

    /** A plain 403: an error page would be behind the sign-in and turn the refusal into a redirect to it. */
    private static void refuseFormWithoutToken(HttpServletRequest request, HttpServletResponse response,
                                               AccessDeniedException refused) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("El formulario ha caducado o no viene de Cartera: vuelve a cargar la página.\n"
                + "The form has expired or did not come from Cartera: reload the page.\n");
    }

    /**
     * The content security policy and referrer policy; Spring Security adds {@code nosniff},
     * {@code Cache-Control: no-store}, frame denial, and HSTS when the request came over HTTPS.
     */
    private static void hardenResponseHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Vaadin's pages are served through a forward that commits the response behind the filter's
                // back: headers written afterwards would be lost.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** BCrypt today; the prefix in each stored hash lets a later algorithm take over on the next sign-in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
