package org.cstoquiz.app.config;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's requests, made by hand: the login page, the login form, cookies, HTTP Basic. */
final class HttpClients {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    HttpClients(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> newSession(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    /** The login page opened in a new session: the session id and the page's CSRF token. */
    record LoginPage(String session, String csrf) {
    }

    LoginPage openLoginPage() throws Exception {
        HttpResponse<String> page = send(request("/login", null).header("Sec-Fetch-Mode", "navigate"));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("the login page carries no CSRF token");
        }
        return new LoginPage(newSession(page).orElseThrow(), csrf.group(1));
    }

    /** Posts the login form of {@code page}; the response (a redirect). */
    HttpResponse<String> logIn(LoginPage page, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (page.csrf() == null ? "" : "&_csrf=" + URLEncoder.encode(page.csrf(), StandardCharsets.UTF_8));
        return send(request("/login", page.session()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Logs in by the form; the logged-in session's id. */
    String loggedInSession(String username, String password) throws Exception {
        HttpResponse<String> login = logIn(openLoginPage(), username, password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new AssertionError("login of " + username + " failed: " + login.statusCode() + " " + location);
        }
        return newSession(login).orElseThrow();
    }

    HttpResponse<String> api(String session, String basicUser, String basicPassword) throws Exception {
        HttpRequest.Builder request = request("/api/export?format=json&count=1", session);
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }
}
