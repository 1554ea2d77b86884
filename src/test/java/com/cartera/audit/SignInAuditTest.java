package com.cartera.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-ins and their failures are recorded as they come through Spring Security's login filter (the real filter
 * chain of the application, driven by MockMvc), and each workspace's admin sees those of its own members only.
 */
@CarteraIntegrationTest
class SignInAuditTest {

    /** A network address per attempt, so that these failures never lock out another test's sign-ins. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    WebApplicationContext web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditSearch search;

    private TestData data;
    private MockMvc mvc;
    private SignedInUser admin;
    private SignedInUser otherAdmin;

    @BeforeEach
    void twoWorkspaces() {
        data = new TestData(context);
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        admin = data.newWorkspace("Accesos " + TestData.uniqueSlug("s"));
        otherAdmin = data.newWorkspace("Ajena " + TestData.uniqueSlug("s"));
    }

    private String signIn(String email, String password) throws Exception {
        String address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
        mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
        return address;
    }

    private List<String> outcomes(String email) {
        return jdbc.queryForList("select outcome from cartera.sign_in_event where email = ? order by id", String.class,
                email);
    }

    @Test
    void aWrongPasswordAndASuccessAreRecordedWithOutcomeAndAddress() throws Exception {
        String failedFrom = signIn(admin.email(), "not-the-password");
        signIn(admin.email().toUpperCase(), TestData.PASSWORD);

        assertThat(outcomes(admin.email())).containsExactly("BAD_CREDENTIALS", "SUCCESS");
        assertThat(jdbc.queryForObject("select remote_addr from cartera.sign_in_event where email = ? order by id limit 1",
                String.class, admin.email())).isEqualTo(failedFrom);
        assertThat(jdbc.queryForObject("select cast(tenant_id as text) from cartera.sign_in_event where email = ?"
                + " and outcome = 'SUCCESS'", String.class, admin.email()))
                .isEqualTo(admin.workspace().tenant().id().toString());
        // The password is in no column.
        assertThat(jdbc.queryForObject("select count(*) from cartera.sign_in_event where cast(sign_in_event as text)"
                + " like '%not-the-password%'", Long.class)).isZero();
    }

    @Test
    void anAdminSeesTheSignInsOfTheirMembersOnlyAndNeverUnknownEmails() throws Exception {
        String unknown = TestData.uniqueEmail("nadie");
        signIn(admin.email(), "wrong");
        signIn(otherAdmin.email(), "wrong");
        signIn(otherAdmin.email(), TestData.PASSWORD);
        signIn(unknown, "whatever");
        assertThat(outcomes(unknown)).containsExactly("BAD_CREDENTIALS");

        List<SignInRecord> seenByA = TestData.as(admin, () -> search.signIns(null, null, 0, 100));
        List<SignInRecord> seenByB = TestData.as(otherAdmin, () -> search.signIns(null, null, 0, 100));

        assertThat(seenByA).extracting(SignInRecord::email).containsOnly(admin.email());
        assertThat(seenByA).extracting(SignInRecord::outcome).containsExactly("BAD_CREDENTIALS");
        assertThat(seenByB).extracting(SignInRecord::email).containsOnly(otherAdmin.email());
        assertThat(seenByB).extracting(SignInRecord::outcome).containsExactly("SUCCESS", "BAD_CREDENTIALS");
        assertThat(TestData.as(admin, () -> search.countSignIns(null, null))).isEqualTo(1);
    }
}
