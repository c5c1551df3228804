package cnnlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void usesTheManifestValueOrDev() {
        assertEquals("0.3.0", AppVersion.orDevelopment(" 0.3.0 "));
        assertEquals("dev", AppVersion.orDevelopment(null));
        assertEquals("dev", AppVersion.orDevelopment(""));
    }

    @Test
    void isDevWhenRunFromCompiledClasses() {
        // Tests run from target/classes, which has no manifest.
        assertEquals("dev", AppVersion.current());
    }
}
