package vn.chibo.channel.zalo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import vn.chibo.channel.Leases;
import vn.chibo.channel.SharedFiles;
import vn.chibo.channel.inbound.InboundPipeline;
import vn.chibo.organization.CellGroups;

/** The Zalo Bot Platform channel, present when ZALO_BOT_TOKEN is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${chibo.zalo.token:}'.isBlank()")
class ZaloChannel {

    private static final Logger log = LoggerFactory.getLogger(ZaloChannel.class);

    @Bean
    ZaloClient zaloClient(ZaloProperties properties) {
        return new ZaloClient(properties);
    }

    @Bean
    ZaloSender zaloSender(ZaloClient client, NumberedChoices choices, SharedFiles files, MessageSource messages,
                          ZaloProperties properties, CellGroups groups) {
        return new ZaloSender(client, choices, files, messages, properties, groups);
    }

    @Bean
    ZaloInbound zaloInbound(InboundPipeline pipeline, NumberedChoices choices) {
        return new ZaloInbound(pipeline, choices);
    }

    @Bean
    @ConditionalOnProperty(name = "chibo.zalo.mode", havingValue = "POLLING", matchIfMissing = true)
    ZaloPolling zaloPolling(ZaloClient client, ZaloInbound inbound, ZaloProperties properties, Leases leases) {
        return new ZaloPolling(client, inbound, properties, leases);
    }

    /** In webhook mode, tell Zalo where to deliver. */
    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        ZaloProperties properties = event.getApplicationContext().getBean(ZaloProperties.class);
        if (properties.mode() != ZaloProperties.Mode.WEBHOOK) {
            return;
        }
        try {
            event.getApplicationContext().getBean(ZaloClient.class).call("setWebhook",
                    Map.of("url", properties.publicUrl() + ZaloWebhook.PATH, "secret_token", properties.webhookSecret()));
        } catch (RuntimeException e) {
            log.error("Could not set the Zalo webhook; deliveries will not arrive", e);
        }
    }
}
