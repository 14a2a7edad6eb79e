package se.kompetensresan.survey;

import java.util.Locale;

/** A questionnaire text in Swedish (required) and English (optional, falls back to Swedish). */
public record LocalizedText(String sv, String en) {

    public static LocalizedText of(String sv, String en) {
        return new LocalizedText(sv, en);
    }

    /** The text in the language of the locale, Swedish when there is no English text. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return sv == null ? "" : sv;
    }

    public LocalizedText withSv(String text) {
        return new LocalizedText(text, en);
    }

    public LocalizedText withEn(String text) {
        return new LocalizedText(sv, text);
    }
}
