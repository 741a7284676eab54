package vn.chibo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleBoundariesTest {

    private final ApplicationModules modules = ApplicationModules.of(ChiboApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublicSurfaceAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("organization", "conversation", "channel", "meeting", "attendance", "reminder", "web", "demo",
                        "text");
    }
}
