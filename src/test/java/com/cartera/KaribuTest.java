package com.cartera;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.cartera.customer.CustomerSection;
import com.cartera.customer.CustomerService;
import com.cartera.security.SignedInUser;
import com.cartera.security.WorkspaceAuthentication;

/**
 * Browserless UI tests: the whole application (one shared Spring context on the embedded PostgreSQL)
 * with Vaadin faked by Karibu-Testing.
 *
 * <p>Karibu runs no servlet filter, so Spring Security's filter chain never runs. What the filter would
 * give Vaadin is provided here instead:
 * <ul>
 *   <li>every faked request answers {@code getUserPrincipal()} and {@code isUserInRole()} from the
 *       current Spring Security context, as Spring's request wrapper does, so Vaadin's navigation
 *       access control sees the signed-in user and their roles;</li>
 *   <li>{@link #login} puts the authentication both in the thread's security context and in the HTTP
 *       session (where Spring keeps it between requests and where Vaadin's security-context holder
 *       strategy looks first).</li>
 * </ul>
 */
@CarteraIntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    /** Makes workspaces, people and customers through the real services. */
    protected TestData data;

    private final List<String> pagesOpened = new ArrayList<>();

    private final Function1<PendingJavaScriptInvocation, Unit> javaScriptRecorder = invocation -> {
        var javaScript = invocation.getInvocation();
        // Page.setLocation(url) asks the browser to run window.open(url, '_self').
        if (javaScript.getExpression().contains("window.open($0, $1)") && "_self".equals(javaScript.getParameters().get(1))) {
            pagesOpened.add(String.valueOf(javaScript.getParameters().get(0)));
        }
        return Unit.INSTANCE;
    };

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.cartera");
        }
        return routes;
    }

    /** Every view, layout and error view Karibu found by scanning the application's package. */
    protected static Routes discoveredRoutes() {
        return routes();
    }

    @BeforeEach
    void setUpVaadin() {
        data = new TestData(context);
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(SecurityContextRequest::new);
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(javaScriptRecorder);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        try {
            MockVaadin.tearDown();
        } finally {
            SecurityContextHolder.clearContext();
            KaribuConfig.getPendingJavascriptInvocationHandlers().remove(javaScriptRecorder);
            MockVaadin.setMockRequestFactory(FakeRequest::new);
        }
    }

    /**
     * The addresses the browser was sent to with {@code Page.setLocation} so far, after a round trip
     * that sends the JavaScript still pending.
     */
    protected List<String> pagesOpened() {
        MockVaadin.clientRoundtrip(false);
        return List.copyOf(pagesOpened);
    }

    /** Signs {@code user} in for the rest of the test, as the login filter and the session would. */
    protected SignedInUser login(SignedInUser user) {
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(securityContext);
        httpSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        return user;
    }

    /**
     * Signs {@code user} in and shows the customer 360 tab of type {@code section} for the customer, as the
     * profile page does.
     */
    protected Component openSection(SignedInUser user, Class<? extends CustomerSection> section, long customerId) {
        login(user);
        Component panel = context.getBean(section)
                .create(context.getBean(CustomerService.class).find(customerId).orElseThrow());
        UI.getCurrent().add(panel);
        return panel;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        httpSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** The signed-in user as the application sees them now, or null. */
    protected static SignedInUser signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /**
     * Runs {@code work} as {@code user} (for example to prepare data in their workspace), then restores
     * whoever was signed in before.
     */
    protected <T> T as(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, work);
    }

    protected static HttpSession httpSession() {
        return ((com.vaadin.flow.server.WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    /** A faked request that knows the signed-in user the way Spring Security's request wrapper does. */
    static final class SecurityContextRequest extends FakeRequest {

        private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

        SecurityContextRequest(FakeHttpSession session) {
            super(session);
        }

        private static Authentication authentication() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()
                    ? null : authentication;
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public String getRemoteUser() {
            Authentication authentication = authentication();
            return authentication == null ? null : authentication.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = authentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority()));
        }
    }
}
