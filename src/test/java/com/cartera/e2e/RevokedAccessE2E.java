package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An admin keeps the Team page open with an invitation half written while another admin sets them to "no
 * access". Their next click must not create the invitation (a backdoor admin): the session ends at that
 * request and the browser lands on the sign-in page.
 */
class RevokedAccessE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAdminSetToNoAccessCannotFinishAnInvitationFromTheOpenTeamPage() {
        var data = new TestData(context);
        var team = context.getBean(TeamService.class);
        SignedInUser owner = data.newWorkspace("Revocación " + TestData.uniqueSlug("e2e"));
        SignedInUser leaving = data.addMember(owner, TestData.uniqueEmail("saliente"), "Admin Saliente", Set.of(Role.ADMIN));

        browser.get(url("/login"));
        type("input[name=username]", leaving.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(url("/team"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., 'Invitar')]"))));
        type("vaadin-email-field input", TestData.uniqueEmail("puerta-trasera"));

        TestData.as(owner, () -> {
            var member = team.members().stream().filter(m -> m.userId().equals(leaving.userId())).findFirst().orElseThrow();
            return team.setActive(member.membershipId(), member.version(), false);
        });
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., 'Crear enlace')]"))));

        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(TestData.as(owner, team::openInvitations)).isEmpty();
    }
}
