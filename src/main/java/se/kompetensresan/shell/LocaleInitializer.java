package se.kompetensresan.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the UI language: the signed-in user's saved choice, else the language cookie, else Swedish.
 * Also installs the error handler that turns failures into a message instead of a stack trace.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chooseLocale(VaadinRequest.getCurrent())));
    }

    Locale chooseLocale(VaadinRequest request) {
        // between password and second factor there is no user yet: the cookie decides
        var user = se.kompetensresan.security.TwoFactorGate.pending() ? java.util.Optional.<se.kompetensresan.security.UserAccount>empty()
                : currentUser.get();
        if (user.isPresent() && user.get().locale() != null) {
            return "en".equals(user.get().locale().getLanguage()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH;
        }
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies())
                    .filter(c -> LanguageSwitch.COOKIE.equals(c.getName()))
                    .map(Cookie::getValue)
                    .findFirst()
                    .map(v -> "en".equals(v) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH)
                    .orElse(BundleI18NProvider.SWEDISH);
        }
        return BundleI18NProvider.SWEDISH;
    }
}
