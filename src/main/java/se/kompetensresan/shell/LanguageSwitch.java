package se.kompetensresan.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Locale;
import java.util.function.Consumer;

/** Svenska / English; the choice is kept in a cookie (and, once signed in, on the user's account). */
class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "kr-lang";

    LanguageSwitch() {
        this(l -> { });
    }

    LanguageSwitch(Consumer<Locale> remember) {
        setId("language-switch");
        setItems(BundleI18NProvider.SWEDISH, BundleI18NProvider.ENGLISH);
        setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Svenska");
        setAriaLabel(getTranslation("shell.language"));
        setValue("en".equals(UI.getCurrent().getLocale().getLanguage()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Locale chosen = e.getValue();
                remember.accept(chosen);
                Cookie c = new Cookie(COOKIE, chosen.getLanguage());
                c.setPath("/");
                c.setMaxAge(60 * 60 * 24 * 365);
                c.setHttpOnly(true);
                if (VaadinService.getCurrentResponse() != null) {
                    VaadinService.getCurrentResponse().addCookie(c);
                }
                VaadinSession.getCurrent().setLocale(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
