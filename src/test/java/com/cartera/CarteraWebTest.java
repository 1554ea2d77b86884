package com.cartera;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application serving real HTTP on a random port, for tests that need requests, cookies and a
 * browser. Every test class with this annotation shares one Spring context (and one database server);
 * 127.0.0.1 is a trusted proxy there, so a test can send forwarded headers as a load balancer would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cartera.security.trusted-proxies=127.0.0.1")
@ActiveProfiles("test")
public @interface CarteraWebTest {
}
