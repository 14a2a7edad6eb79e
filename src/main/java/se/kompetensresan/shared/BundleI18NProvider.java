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
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? SWEDISH : locale).format(params);
    }

    /** Every key of the Swedish bundles (tests compare them with the English ones). */
    public Set<String> swedishKeys() {
        return Set.copyOf(swedish.keySet());
    }

    public Set<String> englishKeys() {
        return Set.copyOf(english.keySet());
    }
}
