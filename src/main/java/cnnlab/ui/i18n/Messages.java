package cnnlab.ui.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every string the interface shows, in the current language. Views bind their text to
 * {@link #text}, so switching {@link #languageProperty()} relabels the whole window at once.
 */
public final class Messages {
    /** The bundle base name: {@code messages.properties} (English) and {@code messages_zh.properties}. */
    public static final String BUNDLE = "cnnlab.ui.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages(Language initial) {
        for (Language l : Language.values()) {
            bundles.put(l, bundle(l));
        }
        language.set(initial);
    }

    /** The bundle of one language, without falling back to the machine's default locale. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language == Language.ENGLISH ? java.util.Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /**
     * The text for {@code key} in the current language, with {@link MessageFormat} arguments.
     * A missing key shows as {@code !key!} rather than failing, and a test keeps the bundles complete.
     */
    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(language.get()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** A binding that follows the language: {@code label.textProperty().bind(messages.text("key"))}. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(key, args), language);
    }

}
