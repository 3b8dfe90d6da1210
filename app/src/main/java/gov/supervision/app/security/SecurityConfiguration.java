package gov.supervision.app.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may knock on which door:
 * <ul>
 *   <li>our REST API ({@code /api}): HTTP basic auth against Camunda's users, each endpoint for the roles it names;
 *       an administrator of the engine, who has no supervision role, gets none of it;</li>
 *   <li>the actuator: health for anyone (its details for administrators), the rest for administrators;</li>
 *   <li>Camunda's REST API ({@code /engine-rest}): administrators only (supervisors, auditors, units and leaders do
 *       their work through our API, Tasklist and Cockpit); the engine's guard applies to them too;</li>
 *   <li>Camunda's webapps ({@code /camunda}): their own login, sessions and CSRF tokens, Camunda's authorizations
 *       ({@link AccessPolicy}) and the engine's guard.</li>
 * </ul>
 * Every refusal is a problem ({@link SecurityProblems}, also the firewall's answer to paths it refuses);
 * cross-site requests and password guessing are stopped in front of all of them ({@link CrossSiteRequests},
 * {@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] ROLES = {"SUPERVISOR", "AUDITOR", "UNIT", "LEADER"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                            SecurityProblems problems) throws Exception {
        return stateless(http.securityMatcher("/api/**"), users, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/inspections").hasRole("SUPERVISOR")
                        .requestMatchers("/api/plan-imports/**", "/api/plan-imports").hasRole("SUPERVISOR")
                        .requestMatchers("/api/escalation-policy", "/api/escalation-policy/**").hasRole("SUPERVISOR")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "SUPERVISOR")
                        .requestMatchers("/api/bulletins/**").hasAnyRole("SUPERVISOR", "AUDITOR", "LEADER")
                        .requestMatchers("/api/projections", "/api/projections/**").hasRole("SUPERVISOR")
                        // parked events: supervisors, and administrators, who keep the engine running
                        .requestMatchers("/api/dead-letters", "/api/dead-letters/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/api/reconciliation").hasAnyRole("SUPERVISOR", "AUDITOR")
                        .anyRequest().hasAnyRole(ROLES))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                 SecurityProblems problems) throws Exception {
        return stateless(http.securityMatcher("/actuator/**"), users, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain engineRest(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                   SecurityProblems problems) throws Exception {
        // Camunda's REST API is a servlet of its own, not Spring MVC's: matched by the request's path as it is
        return stateless(http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")),
                users, problems)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .build();
    }

    /** Camunda's webapps authenticate and authorize by themselves; their API checks a CSRF token of its own. */
    @Bean
    @Order(4)
    SecurityFilterChain camunda(HttpSecurity http, SecurityProblems problems) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        // Camunda's first-administrator setup takes anyone while no administrator exists (a server
                        // without demo users): administrators come from camunda.bpm.admin-user or the Admin app
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/admin/setup/**"))
                        .denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                          SecurityProblems problems) throws Exception {
        return http.authenticationProvider(users)
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // basic auth and no session: a cross-site request carries no cookie to ride on (CrossSiteRequests
                // refuses it besides)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /** Camunda's REST API runs as the user Spring Security authenticated (an administrator), with its groups. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter = new FilterRegistrationBean<>();
        filter.setName("camunda-rest-authentication");
        filter.setFilter(new ProcessEngineAuthenticationFilter());
        filter.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        filter.addUrlPatterns("/engine-rest/*");
        return filter;
    }
}
