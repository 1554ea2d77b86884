package com.cartera;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages under {@code com.cartera} are application modules: other modules use only what a
 * module exposes (its top-level package and any named interfaces), and no module depends on itself in a
 * cycle. No Spring context: Spring Modulith reads the compiled classes.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CarteraApplication.class);

    @Test
    void modulesOnlyUseEachOthersExposedTypesAndFormNoCycles() {
        MODULES.verify();
    }
}
