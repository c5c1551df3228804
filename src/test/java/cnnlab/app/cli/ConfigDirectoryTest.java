package cnnlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    private static final Map<String, String> HOME = Map.of("user.home", "/home/ana");

    @Test
    void defaultsToDotConfigInHome() {
        assertEquals(Path.of("/home/ana/.config/cnn-lab"), ConfigDirectory.locate(HOME::get, Map.<String, String>of()::get));
    }

    @Test
    void honoursAbsoluteXdgConfigHome() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/data/cfg");
        assertEquals(Path.of("/data/cfg/cnn-lab"), ConfigDirectory.locate(HOME::get, env::get));
    }

    @Test
    void ignoresRelativeOrBlankXdgConfigHome() {
        Path expected = Path.of("/home/ana/.config/cnn-lab");
        assertEquals(expected, ConfigDirectory.locate(HOME::get, Map.of("XDG_CONFIG_HOME", "cfg")::get));
        assertEquals(expected, ConfigDirectory.locate(HOME::get, Map.of("XDG_CONFIG_HOME", " ")::get));
    }

    @Test
    void systemPropertyOverridesEverything() {
        Map<String, String> props = Map.of("user.home", "/home/ana", ConfigDirectory.OVERRIDE_PROPERTY, "/tmp/t1");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/data/cfg");
        assertEquals(Path.of("/tmp/t1"), ConfigDirectory.locate(props::get, env::get));
    }
}
