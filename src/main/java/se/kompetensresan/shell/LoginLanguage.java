package se.kompetensresan.shell;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.kompetensresan.security.UserService;

import java.util.Arrays;

/**
 * The language chosen on the login page wins at sign-in: it is in the language cookie of the sign-in request, and
 * is saved on the account, which from then on opens in it (also on other browsers). Without a cookie, i.e. nobody
 * chose a language in this browser, the account keeps its own.
 */
@Component
class LoginLanguage {

    private final UserService users;

    LoginLanguage(UserService users) {
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return; // not a sign-in over HTTP (tests, background work)
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getCookies() == null || Arrays.stream(request.getCookies()).map(Cookie::getName).noneMatch(LanguageSwitch.COOKIE::equals)) {
            return;
        }
        String username = event.getAuthentication().getName();
        var chosen = LocaleInitializer.fromCookie(request.getCookies());
        users.findAccount(username).ifPresent(account -> {
            if (account.locale() == null || !chosen.getLanguage().equals(account.locale().getLanguage())) {
                users.setLocale(username, chosen);
            }
        });
    }
}
