package se.kompetensresan.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Locale;
import java.util.Map;

/**
 * The app's own error page for everything that fails outside Vaadin's router (a refused Cockpit, an unknown
 * file, a failure in a servlet), in place of Spring's English "Whitelabel Error Page": in the user's language
 * (the account's, else the language cookie), with the status kept, a way back to the start page and nothing about
 * the cause. Pages inside the app have their own error views (NotFoundView, AccessRefusedView,
 * RouteAccessDeniedView) in the app's frame.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

    private final BundleI18NProvider texts;
    private final CurrentUser currentUser;

    ErrorPageController(BundleI18NProvider texts, CurrentUser currentUser) {
        this.texts = texts;
        this.currentUser = currentUser;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = locale(request);
        String title;
        String text;
        boolean refused = status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED;
        if (status == HttpStatus.NOT_FOUND) {
            title = t("shell.notfound.title", locale);
            text = t("shell.notfound.text", locale);
        } else if (refused) {
            title = t("shell.error.page.refused.title", locale);
            text = t("shell.error.page.refused.text", locale);
        } else {
            title = t("shell.error.page.title", locale);
            text = texts.getTranslation("shell.error.page.text", locale, String.valueOf(status.value()));
        }
        String login = refused && currentUser.get().isEmpty()
                ? "<a id=\"error-login\" href=\"/login\">" + esc(t("shell.error.page.login", locale)) + "</a>" : "";
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · %s</title>
                <link rel="icon" href="/favicon.ico" sizes="any">
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <style>
                  body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                         color: #1a2733; background: linear-gradient(180deg, #e8eef6, #fff 60%%); min-height: 100vh; }
                  header { padding: 0.75rem 1.5rem; font-weight: 700; font-size: 1.25rem; color: #134a8e; }
                  main { max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; }
                  h1 { font-size: 1.75rem; margin: 0 0 1rem; }
                  p { line-height: 1.5; }
                  a { color: #134a8e; font-weight: 600; margin-right: 1.5rem; }
                  a:focus-visible { outline: 3px solid #134a8e; outline-offset: 2px; }
                  .status { color: #4a5866; font-size: 0.875rem; }
                </style>
                </head>
                <body>
                <header>%s</header>
                <main id="error-page" data-status="%d">
                <h1 tabindex="-1">%s</h1>
                <p>%s</p>
                <p><a id="error-home" href="/">%s</a>%s</p>
                <p class="status">HTTP %d</p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), esc(title), esc(t("app.name", locale)), esc(t("app.name", locale)),
                status.value(), esc(title), esc(text), esc(t("shell.home", locale)), login, status.value());
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    /** Clients that do not want a page (Cockpit's own scripts, the REST API) get the status and its name only. */
    @RequestMapping
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase()));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus s = HttpStatus.resolve(i);
            if (s != null) {
                return s;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private Locale locale(HttpServletRequest request) {
        var user = currentUser.get();
        if (user.isPresent() && user.get().locale() != null) {
            return "en".equals(user.get().locale().getLanguage()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH;
        }
        return LocaleInitializer.fromCookie(request.getCookies());
    }

    private String t(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
