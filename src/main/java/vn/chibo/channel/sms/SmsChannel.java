package vn.chibo.channel.sms;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** SMS through an Android gateway, present when SMS_GATEWAY_URL is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${chibo.sms.gateway-url:}'.isBlank()")
class SmsChannel {

    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);

    @Bean
    RestClient smsGateway(SmsProperties properties) {
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.timeout());
        return RestClient.builder().requestFactory(requests)
                .baseUrl(properties.gatewayUrl().replaceAll("/+$", ""))
                .defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password()))
                .build();
    }

    @Bean
    SmsSender smsSender(RestClient smsGateway, SmsProperties properties, Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        return new SmsSender(smsGateway, properties, clock, zone);
    }

    /**
     * Tells the gateway where to post received SMS and delivery reports, under fixed ids so that each start replaces
     * the webhooks of the one before instead of adding to them. Without a public address, nothing can reach us.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerWebhooks(ApplicationReadyEvent event) {
        String publicUrl = event.getApplicationContext().getEnvironment().getProperty("chibo.public-url", "");
        if (publicUrl.isBlank()) {
            log.warn("CHIBO_PUBLIC_URL is not set: the SMS gateway cannot post replies to the bot");
            return;
        }
        RestClient gateway = event.getApplicationContext().getBean("smsGateway", RestClient.class);
        String url = publicUrl.replaceAll("/+$", "") + SmsWebhook.PATH;
        for (String kind : new String[] {"sms:received", "sms:delivered"}) {
            try {
                gateway.post().uri("/webhooks").contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("id", "chibo-" + kind.replace(':', '-'), "url", url, "event", kind))
                        .retrieve().toBodilessEntity();
            } catch (RestClientException e) {
                log.error("Could not register the SMS gateway's {} webhook; replies will not arrive", kind, e);
            }
        }
    }
}
