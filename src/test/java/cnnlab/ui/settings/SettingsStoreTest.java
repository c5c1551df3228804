package cnnlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.ui.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path temp;

    @Test
    void savedSettingsComeBackInANewStore() throws IOException {
        Settings settings = Settings.DEFAULTS.withLanguage(Language.CHINESE).at("diagonal-detector", 4)
                .at("sliding-window", 2).at("diagonal-detector", 1);
        SettingsStore.inFolder(temp.resolve("new-folder")).save(settings);

        Settings loaded = SettingsStore.inFolder(temp.resolve("new-folder")).load();

        assertEquals(settings, loaded);
        assertEquals(Language.CHINESE, loaded.language());
        assertEquals("diagonal-detector", loaded.lessonId());
        assertEquals(1, loaded.step());
        assertEquals(Map.of("diagonal-detector", 5, "sliding-window", 3), loaded.reached());
    }

    @Test
    void missingOrDamagedFilesGiveTheDefaults() throws IOException {
        assertEquals(Settings.DEFAULTS, SettingsStore.inFolder(temp).load());
        Files.write(temp.resolve(SettingsStore.FILE_NAME), new byte[] {'l', 'a', 'n', 'g', '=', '\\', 'u', '1'});
        assertEquals(Settings.DEFAULTS, SettingsStore.inFolder(temp).load());
        Files.writeString(temp.resolve(SettingsStore.FILE_NAME), "language=xx\nstep=seven\nlesson=a\nreached.a=-3\n");
        assertEquals(new Settings(Language.ENGLISH, "a", 0, Map.of("a", 0)), SettingsStore.inFolder(temp).load());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        SettingsStore store = SettingsStore.inFolder(temp);
        store.save(Settings.DEFAULTS.at("a", 0));
        store.save(Settings.DEFAULTS.at("b", 3));

        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(temp.resolve(SettingsStore.FILE_NAME)), files.toList());
        }
        assertEquals("b", store.load().lessonId());
    }

    @Test
    void aFailedSaveKeepsTheOldFile() throws IOException {
        SettingsStore store = SettingsStore.inFolder(temp);
        store.save(Settings.DEFAULTS.at("kept", 2));
        Path blocker = temp.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");

        assertThrows(IOException.class, () -> SettingsStore.inFolder(blocker.resolve("sub")).save(Settings.DEFAULTS));
        assertEquals("kept", store.load().lessonId());
    }

    @Test
    void theNoneStoreRemembersNothing() throws IOException {
        SettingsStore none = SettingsStore.none();
        none.save(Settings.DEFAULTS.at("a", 1));
        assertEquals(Settings.DEFAULTS, none.load());
        assertTrue(none.file().isEmpty());
    }
}
