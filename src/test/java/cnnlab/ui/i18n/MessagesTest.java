package cnnlab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Set<String> keys(Language language) {
        ResourceBundle bundle = Messages.bundle(language);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void everyKeyExistsInEveryLanguage() {
        Set<String> english = keys(Language.ENGLISH);
        assertFalse(english.isEmpty());
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys(language));
            Set<String> extra = new TreeSet<>(keys(language));
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "keys missing in " + language);
            assertEquals(Set.of(), extra, "keys only in " + language);
        }
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() {
        ResourceBundle en = Messages.bundle(Language.ENGLISH);
        ResourceBundle zh = Messages.bundle(Language.CHINESE);
        for (String key : en.keySet()) {
            if (!key.equals("app.title") && en.getString(key).matches(".*[a-z]{3,}.*")) {
                assertNotEquals(en.getString(key), zh.getString(key), key + " is not translated");
            }
        }
    }

    @Test
    void bindingsFollowTheLanguageSwitch() {
        Messages messages = new Messages(Language.ENGLISH);
        StringBinding heading = messages.text("sidebar.heading");
        assertEquals("Lessons", heading.get());
        messages.languageProperty().set(Language.CHINESE);
        assertEquals("课程", heading.get());
    }

    @Test
    void missingKeysAreVisibleNotFatal() {
        assertEquals("!no.such.key!", new Messages(Language.ENGLISH).format("no.such.key"));
    }
}
