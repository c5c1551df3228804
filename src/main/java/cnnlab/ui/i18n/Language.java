package cnnlab.ui.i18n;

import java.util.Locale;

/** The languages the interface and the lessons are written in. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE, "中文");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The key lesson files use for this language: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, for the language switch. */
    public String nativeName() {
        return nativeName;
    }

    /** The language with this code, or English when the code is unknown. */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return ENGLISH;
    }
}
