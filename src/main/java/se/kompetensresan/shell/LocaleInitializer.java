package se.kompetensresan.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the UI language: the signed-in user's saved choice, else the language cookie, else Swedish.
 * Writes it into every page ({@code <html lang>}), adds the favicon, and gives Vaadin's own components their
 * texts in that language ({@link ComponentTexts}). Also installs the error handler that turns failures into a
 * message instead of a stack trace.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final BundleI18NProvider texts;

    LocaleInitializer(CurrentUser currentUser, BundleI18NProvider texts) {
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chooseLocale(VaadinRequest.getCurrent())));
        event.addIndexHtmlRequestListener(this::writePage);
    }

    private void writePage(IndexHtmlResponse response) {
        Locale locale = chooseLocale(response.getVaadinRequest());
        var document = response.getDocument();
        document.selectFirst("html").attr("lang", locale.getLanguage());
        document.head().appendElement("link").attr("rel", "icon").attr("href", "favicon.ico").attr("sizes", "any");
        document.head().appendElement("link").attr("rel", "icon").attr("href", "favicon.svg").attr("type", "image/svg+xml");
        document.head().appendElement("script").attr("id", "component-texts")
                .appendChild(new org.jsoup.nodes.DataNode(ComponentTexts.script(texts, locale)));
    }

    Locale chooseLocale(VaadinRequest request) {
        // between password and second factor there is no user yet: the cookie decides
        var user = se.kompetensresan.security.TwoFactorGate.pending() ? java.util.Optional.<se.kompetensresan.security.UserAccount>empty()
                : currentUser.get();
        if (user.isPresent() && user.get().locale() != null) {
            return "en".equals(user.get().locale().getLanguage()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH;
        }
        return request == null ? BundleI18NProvider.SWEDISH : fromCookie(request.getCookies());
    }

    /** The language of the {@code kr-lang} cookie, Swedish without it. */
    static Locale fromCookie(Cookie[] cookies) {
        if (cookies == null) {
            return BundleI18NProvider.SWEDISH;
        }
        return Arrays.stream(cookies)
                .filter(c -> LanguageSwitch.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(v -> "en".equals(v) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH)
                .orElse(BundleI18NProvider.SWEDISH);
    }
}
