package se.kompetensresan.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * All UI text, from the message bundles {@code i18n/<module>.properties} (Swedish, the default) and
 * {@code i18n/<module>_en.properties} (English). Each module keeps its own bundle; keys start with
 * the module name ({@code survey.submit}).
 * <p>
 * Texts with arguments are {@link MessageFormat} patterns in the UI's locale, so a counted noun takes its plural
 * form through a choice: {@code {0,choice,0#inga uppgifter|1#1 uppgift|1<{0} uppgifter}} gives "inga uppgifter",
 * "1 uppgift", "3 uppgifter" (and "1 task", "3 tasks" from the English bundle). Numbers are written the locale's
 * way ("1 234" in Swedish, "1,234" in English). A text without arguments is shown as written.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(BundleI18NProvider.class);

    private final Map<String, String> swedish = new HashMap<>();
    private final Map<String, String> english = new HashMap<>();

    public BundleI18NProvider() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (Resource r : resolver.getResources("classpath*:i18n/*.properties")) {
                String name = r.getFilename();
                if (name == null) {
                    continue;
                }
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                Map<String, String> target = name.endsWith("_en.properties") ? english : swedish;
                p.forEach((k, v) -> target.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read message bundles", e);
        }
    }

    /** A provider on the given texts instead of the bundles (tests). */
    BundleI18NProvider(Map<String, String> swedish, Map<String, String> english) {
        this.swedish.putAll(swedish);
        this.english.putAll(english);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern = null;
        if (locale != null && "en".equals(locale.getLanguage())) {
            pattern = english.get(key);
        }
        if (pattern == null) {
            pattern = swedish.get(key);
        }
        if (pattern == null) {
            LOG.warn("missing translation: {}", key);
            return "!" + key;
        }
        if (params.length == 0) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, locale == null ? SWEDISH : locale).format(params);
        } catch (IllegalArgumentException e) {
            // a pattern that does not fit its arguments (e.g. a choice given a text) is a bug, not the user's problem
            LOG.warn("cannot format {} with {}: {}", key, java.util.Arrays.toString(params), e.getMessage());
            return pattern;
        }
    }

    /** Every key of the Swedish bundles (tests compare them with the English ones). */
    public Set<String> swedishKeys() {
        return Set.copyOf(swedish.keySet());
    }

    public Set<String> englishKeys() {
        return Set.copyOf(english.keySet());
    }
}
