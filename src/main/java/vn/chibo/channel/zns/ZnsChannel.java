package vn.chibo.channel.zns;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import vn.chibo.channel.Outbox;
import vn.chibo.organization.Organization;

/** Zalo by phone number, present when ZNS_APP_ID, ZNS_SECRET_KEY and ZNS_REFRESH_TOKEN are set. */
@Configuration(proxyBeanMethods = false)
@Conditional(ZnsConfigured.class)
class ZnsChannel {

    @Bean
    ZnsQuota znsQuota(JdbcClient jdbc, Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        return new ZnsQuota(jdbc, clock, zone);
    }

    @Bean
    ZnsSender znsSender(ZnsProperties properties, JdbcClient jdbc, ZnsQuota quota, ApplicationEventPublisher events,
                        Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.timeout());
        RestClient http = RestClient.builder().requestFactory(requests).build();
        return new ZnsSender(http, new ZnsTokens(jdbc, http, properties, clock), quota, properties, events, clock, zone);
    }

    @Bean
    ZnsAlerts znsAlerts(Outbox outbox, Organization organization, MessageSource messages) {
        return new ZnsAlerts(outbox, organization, messages);
    }
}
