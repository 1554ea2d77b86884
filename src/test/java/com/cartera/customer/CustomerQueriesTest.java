package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import com.cartera.security.WorkspaceAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The grid's queries on PostgreSQL: free-text search ignores case and accents and takes LIKE wildcards
 * literally; names sort as Spanish speakers read them.
 */
@CarteraIntegrationTest
class CustomerQueriesTest {

    @Autowired
    SignupService signupService;
    @Autowired
    CustomerService customerService;

    @BeforeEach
    void workspaceWithCustomers() {
        SignedInUser admin = TestWorkspaces.signUp(signupService, TestWorkspaces.uniqueSlug("search"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(admin));
        SecurityContextHolder.setContext(context);

        customerService.save(customer("José Martínez Peña", "jmartinez@correo.es", "+34 600 123 456", "12345678Z"));
        customerService.save(customer("GARCÍA RUIZ, Ángeles", "angeles@garcia.es", null, null));
        customerService.save(customer("Ofertas 50%_Ya S.L.", null, "912 000 111", "B87654321"));
        customerService.save(customer("Ofertas 500 Ya S.L.", null, null, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void ignoresCaseAndAccentsInEitherDirection() {
        assertThat(names("jose")).containsExactly("José Martínez Peña");
        assertThat(names("MARTINEZ PEÑA")).containsExactly("José Martínez Peña");
        assertThat(names("garcía ruiz")).containsExactly("GARCÍA RUIZ, Ángeles");
        assertThat(names("angeles")).containsExactly("GARCÍA RUIZ, Ángeles");
    }

    @Test
    void findsByEmailPhoneAndTaxId() {
        assertThat(names("jmartinez@")).containsExactly("José Martínez Peña");
        assertThat(names("600 123")).containsExactly("José Martínez Peña");
        assertThat(names("12345678z")).containsExactly("José Martínez Peña");
        assertThat(names("b8765")).containsExactly("Ofertas 50%_Ya S.L.");
    }

    @Test
    void wildcardsTypedByTheUserAreLiteral() {
        assertThat(names("50%_")).containsExactly("Ofertas 50%_Ya S.L.");
        // Symbols sort before digits: "50%" comes before "500".
        assertThat(names("ofertas 50")).containsExactly("Ofertas 50%_Ya S.L.", "Ofertas 500 Ya S.L.");
        assertThat(names("%")).containsExactly("Ofertas 50%_Ya S.L.");
        assertThat(customerService.count(CustomerFilter.NONE.withText("ofertas"))).isEqualTo(2);
    }

    @Test
    void namesSortWithAccentsInPlaceAndEnyeAfterN() {
        for (String name : List.of("Zoe Sanz", "Ñandú Tours", "Nube Azul", "Álvaro Gil", "Ana Ruiz", "ana ávila")) {
            customerService.save(customer(name, null, null, null));
        }
        var sorted = customerService.page(CustomerFilter.NONE.withText(null), PageRequest.of(0, 50, Sort.by("name")))
                .stream().map(Customer::getName).filter(n -> !n.contains("Ofertas") && !n.contains("GARC")
                        && !n.contains("José")).toList();
        assertThat(sorted).containsExactly("Álvaro Gil", "ana ávila", "Ana Ruiz", "Nube Azul", "Ñandú Tours", "Zoe Sanz");
    }

    private List<String> names(String text) {
        return customerService.page(CustomerFilter.NONE.withText(text), PageRequest.of(0, 50, Sort.by("name")))
                .stream().map(Customer::getName).toList();
    }

    private static Customer customer(String name, String email, String phone, String taxId) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setTaxId(taxId);
        return customer;
    }
}
