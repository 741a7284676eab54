package vn.chibo.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import vn.chibo.text.Languages;

/**
 * The product speaks Vietnamese unless the user picks English. A page link with {@code ?lang=en} (or
 * {@code vi}) records the choice in a cookie that the chat, the dashboard, the demo list and every file
 * downloaded from them follow. Only the admin API, called by scripts rather than people at a browser, takes
 * the caller's Accept-Language when no choice was made.
 */
final class LanguageChoice implements HandlerInterceptor {

    static final String COOKIE = "chibo_lang";
    static final String PARAMETER = "lang";

    private final LocaleResolver resolver;

    LanguageChoice(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    static LocaleResolver resolver() {
        var acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setSupportedLocales(Languages.SUPPORTED);
        acceptHeader.setDefaultLocale(Languages.VIETNAMESE);
        var cookie = new CookieLocaleResolver(COOKIE);
        cookie.setCookieMaxAge(Duration.ofDays(400));
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/admin/")
                ? acceptHeader.resolveLocale(request) : Languages.VIETNAMESE);
        return cookie;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // only a page link chooses; reading a form's parameters here would parse an upload (even one too large,
        // whose error page is dispatched as a GET of the same request)
        if (!"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        String chosen = request.getParameter(PARAMETER);
        if (chosen != null) {
            Locale locale = Languages.of(chosen);
            resolver.setLocale(request, response, locale);
        }
        return true;
    }
}
