package com.cartera.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.cartera.HttpBrowser;
import com.cartera.TestWorkspaces;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import com.cartera.CarteraIntegrationTest;

/**
 * The Excel export is a Vaadin download ({@code VAADIN/dynamic/resource/<ui>/<secret>/…}) registered in the
 * session of the page that shows the link. Over real HTTP: the link serves the file to that session only; another
 * signed-in session (whose UI has the same number) and a request without cookies get no file.
 */
@CarteraIntegrationTest
class SessionBoundDownloadTest {

    private static final Pattern DOWNLOAD = Pattern.compile("VAADIN/dynamic/resource/");

    @LocalServerPort
    int port;

    @Autowired
    SignupService signups;

    @Autowired
    CustomerService customers;

    @Test
    void anExportLinkServesTheFileOnlyToTheSessionThatWasShownIt() throws IOException {
        String slug = TestWorkspaces.uniqueSlug("dl-a");
        SignedInUser admin = TestWorkspaces.signUp(signups, slug);
        String secretName = "Cliente reservado " + slug;
        TestWorkspaces.as(admin, () -> {
            var customer = new Customer();
            customer.setName(secretName);
            customer.setLifecycleStage(LifecycleStage.ACTIVE);
            return customers.save(customer);
        });
        HttpBrowser owner = new HttpBrowser(port);
        owner.signIn(TestWorkspaces.emailFor(slug), TestWorkspaces.PASSWORD);
        String link = exportLink(owner);

        HttpResponse<byte[]> own = owner.getBytes("/" + link);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(cells(own.body())).contains(secretName);

        String otherSlug = TestWorkspaces.uniqueSlug("dl-b");
        TestWorkspaces.signUp(signups, otherSlug);
        HttpBrowser other = new HttpBrowser(port);
        other.signIn(TestWorkspaces.emailFor(otherSlug), TestWorkspaces.PASSWORD);
        // Its own page has a UI with the same number, and an export link of its own.
        assertThat(exportLink(other)).isNotEqualTo(link);
        assertNoFile(other.getBytes("/" + link), secretName);

        HttpResponse<byte[]> anonymous = HttpBrowser.sendBytes(HttpBrowser.withoutCookies(),
                HttpRequest.newBuilder(URI.create(owner.url("/" + link))).GET().build());
        assertNoFile(anonymous, secretName);
    }

    /** Shows the customer list in the browser's session and returns the export link it was given. */
    private static String exportLink(HttpBrowser browser) {
        HttpBrowser.Ui ui = browser.open("customers");
        JsonNode shown = browser.uidl(ui, ui.csrfToken, 0, HttpBrowser.navigation("customers"));
        List<String> links = HttpBrowser.strings(shown, DOWNLOAD);
        assertThat(links).as("the export link in %s", shown).hasSize(1);
        return links.getFirst();
    }

    private static void assertNoFile(HttpResponse<byte[]> response, String secretName) {
        byte[] body = response.body();
        boolean zip = body.length >= 2 && body[0] == 'P' && body[1] == 'K';
        assertThat(zip).as("a spreadsheet was served (HTTP %s)", response.statusCode()).isFalse();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(secretName);
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        return cells;
    }
}
