package org.cstoquiz.app.config;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.PasswordHashes;
import org.cstoquiz.app.account.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline
     * script, and the engine evaluates the JavaScript the server sends (hence 'unsafe-inline' and
     * 'unsafe-eval' for scripts, 'unsafe-inline' for styles). Everything else comes from this origin
     * only, and no other site may frame the pages.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /**
     * The REST API: instructors only, by HTTP Basic or the browser session; failures answer JSON
     * rather than redirecting to the login page. It never starts a server session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccountService accounts, LoginThrottle throttle,
                                               Sessions lifetimes) throws Exception {
        headers(http);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("INSTRUCTOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors::unauthenticated))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiErrors::unauthenticated)
                        .accessDeniedHandler(ApiErrors::forbidden))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStandingFilter(accounts, lifetimes), SecurityContextHolderFilter.class)
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts, LoginThrottle throttle,
                                            Sessions lifetimes, RequestUtil vaadinRequests,
                                            VaadinDefaultRequestCache requestCache) throws Exception {
        headers(http);
        // The page asked for before logging in is remembered in a cookie, not in a server session:
        // an anonymous request that is sent to the login page starts no session.
        CookieRequestCache remembered = new CookieRequestCache();
        remembered.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        requestCache.setDelegateRequestCache(remembered);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Vaadin's own requests carry their own CSRF protection; the login form must carry the token
        // too (Vaadin's default exempts the login page, which allows login CSRF).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AccountStandingFilter(accounts, lifetimes), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
