package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two tabs of one browser share one session. A customer form opened in workspace A and saved after the other
 * tab switched to workspace B must not write into B's customer with the same id (ids start at 1 in every
 * workspace): the first tab refuses and asks for a reload.
 */
class WorkspaceTabsE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aFormSavedInATabWhoseWorkspaceWasSwitchedInAnotherTabWritesNothing() {
        var data = new TestData(context);
        String slug = TestData.uniqueSlug("e2e");
        SignedInUser founderOfA = data.newWorkspace("Pestañas A " + slug);
        SignedInUser adminOfB = data.newWorkspace("Pestañas B " + slug);
        SignedInUser person = data.addMember(adminOfB, founderOfA.email(), founderOfA.displayName(), Set.of(Role.ADMIN));
        SignedInUser inA = data.inWorkspaceOf(person, founderOfA);
        SignedInUser inB = data.inWorkspaceOf(person, adminOfB);
        Customer ofA = data.customer(inA, "Cliente de A", null, LifecycleStage.ACTIVE);
        Customer ofB = data.customer(inB, "Cliente de B", null, LifecycleStage.ACTIVE);
        assertThat(ofA.getId()).isEqualTo(ofB.getId());

        browser.get(url("/login"));
        type("input[name=username]", person.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        enterWorkspace("Pestañas A " + slug);
        browser.get(url("/customers/" + ofA.getId()));
        type("#customer-name input", " (editado en la pestaña de A)");
        String tabOfA = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(url("/workspaces"));
        enterWorkspace("Pestañas B " + slug);

        browser.switchTo().window(tabOfA);
        click("#customer-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#workspace-changed")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-dialog-overlay, #workspace-changed"),
                "Recargar la pestaña"));

        var customers = context.getBean(CustomerService.class);
        assertThat(TestData.as(inB, () -> customers.find(ofB.getId()).orElseThrow().getName())).isEqualTo("Cliente de B");
        assertThat(TestData.as(inA, () -> customers.find(ofA.getId()).orElseThrow().getName())).isEqualTo("Cliente de A");
    }

    private void enterWorkspace(String name) {
        wait.until(ExpectedConditions.urlContains("/workspaces"));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '" + name + "')]"))));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/workspaces")));
    }
}
