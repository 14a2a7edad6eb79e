package se.kompetensresan.shell;

import se.kompetensresan.shared.BundleI18NProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts Vaadin's components bring in English ("Show password", "Sort by …", "Select Row", "Select All", the
 * date picker's months and buttons, the upload's buttons and messages), in the page's language from the bundles.
 * <p>
 * Most of them have no Java API in Vaadin 24.9 (the grid's sorter and selection labels and the password field's
 * reveal button are fixed in the web components), and the ones that have one would need every view, dialog and
 * field to set it. So every page gets a small script that watches the document and gives each of these
 * components its texts as it appears, app-wide, dialogs included. On English pages nothing is changed.
 */
final class ComponentTexts {

    private ComponentTexts() {
    }

    static String script(BundleI18NProvider bundles, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return "/* English: Vaadin's own texts */";
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("sortBy", tr(bundles, "shell.component.sortBy", locale));
        t.put("selectRow", tr(bundles, "shell.component.selectRow", locale));
        t.put("selectAll", tr(bundles, "shell.component.selectAll", locale));
        t.put("password", Map.of("reveal", tr(bundles, "shell.component.showPassword", locale)));
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("monthNames", List.of(tr(bundles, "shell.component.date.months", locale).split(",")));
        date.put("weekdays", List.of(tr(bundles, "shell.component.date.weekdays", locale).split(",")));
        date.put("weekdaysShort", List.of(tr(bundles, "shell.component.date.weekdaysShort", locale).split(",")));
        date.put("firstDayOfWeek", 1);
        date.put("today", tr(bundles, "shell.component.date.today", locale));
        date.put("cancel", tr(bundles, "shell.component.date.cancel", locale));
        t.put("date", date);
        t.put("upload", Map.of(
                "addFiles", Map.of("one", tr(bundles, "shell.component.upload.addFile", locale),
                        "many", tr(bundles, "shell.component.upload.addFiles", locale)),
                "dropFiles", Map.of("one", tr(bundles, "shell.component.upload.dropFile", locale),
                        "many", tr(bundles, "shell.component.upload.dropFiles", locale)),
                "error", Map.of("tooManyFiles", tr(bundles, "shell.component.upload.tooManyFiles", locale),
                        "fileIsTooBig", tr(bundles, "shell.component.upload.fileIsTooBig", locale),
                        "incorrectFileType", tr(bundles, "shell.component.upload.incorrectFileType", locale)),
                "uploading", Map.of(
                        "status", Map.of("connecting", tr(bundles, "shell.component.upload.connecting", locale),
                                "stalled", tr(bundles, "shell.component.upload.stalled", locale),
                                "processing", tr(bundles, "shell.component.upload.processing", locale),
                                "held", tr(bundles, "shell.component.upload.held", locale)),
                        "remainingTime", Map.of("prefix", tr(bundles, "shell.component.upload.remaining", locale) + " ",
                                "unknown", tr(bundles, "shell.component.upload.remainingUnknown", locale)),
                        "error", Map.of("serverUnavailable", tr(bundles, "shell.component.upload.serverUnavailable", locale),
                                "unexpectedServerError", tr(bundles, "shell.component.upload.serverError", locale),
                                "forbidden", tr(bundles, "shell.component.upload.forbidden", locale)))));
        return "window.krTexts = " + json(t) + ";\n" + SCRIPT;
    }

    private static String tr(BundleI18NProvider bundles, String key, Locale locale) {
        return bundles.getTranslation(key, locale);
    }

    private static final String SCRIPT = """
            (function () {
              const t = window.krTexts;
              const sortPrefix = 'Sort by ';
              function merge(el, texts) {
                if (el.__krTexts) { return; }
                el.__krTexts = true;
                const own = el.i18n || {};
                const merged = Object.assign({}, own);
                for (const k of Object.keys(texts)) {
                  merged[k] = (typeof texts[k] === 'object' && !Array.isArray(texts[k]))
                    ? Object.assign({}, own[k], texts[k]) : texts[k];
                }
                if (merged.uploading && own.uploading) {
                  merged.uploading = Object.assign({}, own.uploading, texts.uploading,
                    { status: Object.assign({}, own.uploading.status, texts.uploading.status),
                      remainingTime: Object.assign({}, own.uploading.remainingTime, texts.uploading.remainingTime),
                      error: Object.assign({}, own.uploading.error, texts.uploading.error) });
                }
                el.i18n = merged;
              }
              function fix() {
                scheduled = false;
                document.querySelectorAll('vaadin-grid-sorter[aria-label^="' + sortPrefix + '"]').forEach(s =>
                  s.setAttribute('aria-label', t.sortBy.replace('{0}', s.getAttribute('aria-label').substring(sortPrefix.length))));
                document.querySelectorAll('vaadin-grid vaadin-checkbox').forEach(c => {
                  if (c.accessibleName === 'Select Row') { c.accessibleName = t.selectRow; }
                  else if (c.accessibleName === 'Select All') { c.accessibleName = t.selectAll; }
                });
                document.querySelectorAll('vaadin-password-field').forEach(p => merge(p, t.password));
                document.querySelectorAll('vaadin-date-picker').forEach(d => merge(d, t.date));
                document.querySelectorAll('vaadin-upload').forEach(u => merge(u, t.upload));
              }
              let scheduled = false;
              function schedule() {
                if (!scheduled) { scheduled = true; requestAnimationFrame(fix); }
              }
              new MutationObserver(schedule).observe(document.documentElement,
                { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
              schedule();
            })();
            """;

    /** A tiny JSON writer for strings, numbers, lists and maps (the texts come from our own bundles). */
    static String json(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(json(k.toString())).append(':').append(json(v)));
            return b.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(v -> b.append(b.length() > 1 ? "," : "").append(json(v)));
            return b.append(']').toString();
        }
        if (o instanceof Number n) {
            return n.toString();
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : o.toString().toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '<' -> b.append("\\u003c");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
