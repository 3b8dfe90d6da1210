package gov.supervision.app.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Our REST API (/api) takes HTTP basic auth against Camunda's users. Camunda's webapps (/camunda) have their own
 * login, and Camunda's REST API (/engine-rest) its own basic-auth filter, so that Camunda's authorizations apply
 * to both: a unit sees and completes only its own tasks there too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/inspections").hasRole("SUPERVISOR")
                        .requestMatchers("/api/plan-imports/**").hasRole("SUPERVISOR")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "SUPERVISOR")
                        .requestMatchers("/api/bulletins/**").hasAnyRole("SUPERVISOR", "AUDITOR", "LEADER")
                        .requestMatchers("/api/projections", "/api/projections/**").hasRole("SUPERVISOR")
                        .requestMatchers("/api/reconciliation").hasAnyRole("SUPERVISOR", "AUDITOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("supervision"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("SUPERVISOR"))
                .httpBasic(basic -> basic.realmName("supervision"))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Camunda's webapps and REST API authenticate and authorize by themselves. */
    @Bean
    @Order(3)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter = new FilterRegistrationBean<>();
        filter.setName("camunda-rest-authentication");
        filter.setFilter(new ProcessEngineAuthenticationFilter());
        filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        filter.addUrlPatterns("/engine-rest/*");
        return filter;
    }
}
