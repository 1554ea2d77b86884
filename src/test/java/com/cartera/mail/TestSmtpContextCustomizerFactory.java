package com.cartera.mail;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test context at {@link TestSmtp} ({@code spring.mail.host} / {@code port}) before it is refreshed,
 * so Spring Boot configures its mail sender for it. One customizer equal to every other: the shared context stays
 * one context.
 */
public class TestSmtpContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            int port = TestSmtp.start();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
