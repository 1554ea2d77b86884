package com.cartera;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on its embedded PostgreSQL, serving real HTTP on a random port. Every test class with
 * this annotation shares one Spring context (and so one database server): keep test data apart with unique
 * workspace slugs. One context it must be: Spring Security's context holder is global, and a second
 * application context would install a holder strategy of its own under the first one's method security.
 * 127.0.0.1 is a trusted proxy here, so a test can send forwarded headers as a load balancer would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cartera.security.trusted-proxies=127.0.0.1")
@ActiveProfiles("test")
public @interface CarteraIntegrationTest {
}
